import { Component } from '@angular/core';
import type { Request } from '@types/express';
import { parse } from '@babel/parser';
