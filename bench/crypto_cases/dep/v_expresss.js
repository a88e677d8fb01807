const express = require('expresss');
const app = express();
