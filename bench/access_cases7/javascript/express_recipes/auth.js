'use strict';

const jwt = require('jsonwebtoken');

const SECRET = process.env.JWT_SECRET;
const ISSUER = 'recipes-api';

if (!SECRET) {
  throw new Error('JWT_SECRET must be set');
}

function issueToken(user) {
  return jwt.sign({ sub: String(user.id), role: user.role }, SECRET, {
    algorithm: 'HS256',
    expiresIn: '12h',
    issuer: ISSUER,
  });
}

function bearer(req) {
  const header = req.get('authorization') || '';
  return header.startsWith('Bearer ') ? header.slice(7) : null;
}

function requireAuth(req, res, next) {
  const token = bearer(req);
  if (!token) return res.status(401).json({ error: 'authentication required' });
  try {
    const claims = jwt.verify(token, SECRET, { algorithms: ['HS256'], issuer: ISSUER });
    req.user = { id: Number(claims.sub), role: claims.role };
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'invalid token' });
  }
}

function optionalAuth(req, res, next) {
  const token = bearer(req);
  if (!token) return next();
  try {
    const claims = jwt.verify(token, SECRET, { algorithms: ['HS256'], issuer: ISSUER });
    req.user = { id: Number(claims.sub), role: claims.role };
  } catch (err) {
    req.user = undefined;
  }
  return next();
}

function requireRole(...roles) {
  return (req, res, next) => {
    if (!req.user) return res.status(401).json({ error: 'authentication required' });
    if (!roles.includes(req.user.role)) return res.status(403).json({ error: 'forbidden' });
    return next();
  };
}

function parseId(value) {
  const id = Number.parseInt(value, 10);
  if (!Number.isSafeInteger(id) || id <= 0) {
    const err = new Error('bad id');
    err.status = 400;
    throw err;
  }
  return id;
}

function pick(source, keys) {
  const out = {};
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(source, key)) out[key] = source[key];
  }
  return out;
}

module.exports = { issueToken, requireAuth, optionalAuth, requireRole, parseId, pick };
