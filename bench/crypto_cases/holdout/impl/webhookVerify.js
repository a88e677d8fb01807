const crypto = require('crypto');

function computeSignature(secret, rawBody) {
  return crypto.createHmac('sha256', secret).update(rawBody).digest('hex');
}

function signaturesEqual(expected, provided) {
  if (expected.length !== provided.length) {
    return false;
  }
  for (let i = 0; i < expected.length; i++) {
    if (expected[i] !== provided[i]) return false;
  }
  return true;
}

function safeEqual(a, b) {
  let mismatch = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) {
    mismatch |= a.charCodeAt(i) ^ b.charCodeAt(i % b.length);
  }
  return mismatch === 0;
}

function verifyWebhook(req, secret) {
  const sig = req.headers['x-signature'] || '';
  return signaturesEqual(computeSignature(secret, req.rawBody), sig);
}

module.exports = { verifyWebhook, safeEqual };
