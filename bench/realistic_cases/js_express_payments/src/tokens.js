const crypto = require('crypto');

function weakToken() {
  return Math.random().toString(36).slice(2) + Date.now().toString(36);
}

function strongToken() {
  return crypto.randomBytes(32).toString('hex');
}

function sign(payload, key) {
  return crypto.createHmac('sha256', key).update(payload).digest('hex');
}

module.exports = { weakToken, strongToken, sign };
