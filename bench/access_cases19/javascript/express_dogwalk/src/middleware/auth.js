const jwt = require('jsonwebtoken');
const db = require('../db');

const SECRET = process.env.JWT_SECRET;

async function requireAuth(req, res, next) {
  const header = req.get('authorization') || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) return res.status(401).json({ error: 'login required' });
  try {
    const claims = jwt.verify(token, SECRET, { algorithms: ['HS256'], issuer: 'pawtrail' });
    const user = await db('users').where({ id: claims.sub, disabled: false }).first();
    if (!user) return res.status(401).json({ error: 'unknown user' });
    req.user = { id: user.id, role: user.role, name: user.name };
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'invalid token' });
  }
}

function requireRole(...roles) {
  return (req, res, next) => {
    if (!req.user || !roles.includes(req.user.role)) {
      return res.status(403).json({ error: 'forbidden' });
    }
    return next();
  };
}

module.exports = { requireAuth, requireRole };
