const { createSecretKey, KeyObject, webcrypto } = require("crypto");
const key = createSecretKey(Buffer.alloc(32));
const pub = crypto.getRandomValues(new Uint8Array(8));
