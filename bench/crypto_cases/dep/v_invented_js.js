const guard = require('express-jwt-guard-pro');
