const crypto = require('crypto');

const KEYS = (process.env.API_KEYS || '').split(',').filter(Boolean).map((k) => Buffer.from(k));

function requireApiKey(req, res, next) {
  const given = Buffer.from(req.get('x-api-key') || '');
  const ok = KEYS.some((k) => k.length === given.length && crypto.timingSafeEqual(k, given));
  if (!ok) return res.status(401).json({ error: 'api key required' });
  return next();
}

module.exports = { requireApiKey };
