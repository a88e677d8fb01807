const fs = require('fs');
const { readFile } = require('node:fs/promises');
import path from 'path';
import { createHash } from 'crypto';
