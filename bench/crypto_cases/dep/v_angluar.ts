import { Component } from '@angluar/core';
