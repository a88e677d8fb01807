'use strict';

const jwt = require('jsonwebtoken');
const { jwtDecode } = require('jwt-decode');

const SECRET = process.env.ALLOTMENT_JWT_SECRET;

function userFromToken(token) {
  const payload = jwt.decode(token);
  return { id: payload.sub, role: payload.role || 'member' };
}

function verifiedUser(token) {
  const payload = jwt.verify(token, SECRET, { algorithms: ['HS256'], issuer: 'allotment' });
  return { id: payload.sub, role: payload.role || 'member' };
}

function bearerOf(req) {
  const header = req.get('authorization') || '';
  return header.startsWith('Bearer ') ? header.slice(7) : null;
}

function partnerToken(req) {
  return req.get('x-partner-token') || req.query.partner_token;
}

function requireUser(req, res, next) {
  const token = bearerOf(req);
  if (!token) return res.status(401).json({ error: 'login required' });
  try {
    req.user = verifiedUser(token);
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'invalid token' });
  }
}

function attachPartner(req, res, next) {
  const raw = partnerToken(req);
  if (!raw) return res.status(401).end();
  const claims = jwtDecode(raw);
  req.partner = { id: claims.partner_id, name: claims.name };
  return next();
}

module.exports = { userFromToken, verifiedUser, requireUser, attachPartner, bearerOf };
