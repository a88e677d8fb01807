const CryptoJS = require("crypto-js");

const ciphertext = CryptoJS.AES.encrypt("message", "secret").toString();
