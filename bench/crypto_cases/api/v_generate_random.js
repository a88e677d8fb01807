const crypto = require("crypto");
const salt = crypto.generateRandomBytes(16);
