const express = require('express');
import React from 'react';
import lodash from 'lodash/fp';
import axios from 'axios';
