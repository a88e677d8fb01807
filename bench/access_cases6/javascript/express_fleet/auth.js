'use strict';

const jwt = require('jsonwebtoken');
const bcrypt = require('bcryptjs');
const express = require('express');
const rateLimit = require('express-rate-limit');
const { User } = require('./models');

const JWT_SECRET = process.env.FLEET_JWT_SECRET;
const TOKEN_TTL = '8h';

function bearerToken(req) {
  const header = req.get('authorization') || '';
  const [scheme, token] = header.split(' ');
  return scheme === 'Bearer' && token ? token : null;
}

async function requireAuth(req, res, next) {
  const token = bearerToken(req);
  if (!token) {
    return res.status(401).json({ error: 'missing token' });
  }
  try {
    const claims = jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] });
    const user = await User.findById(claims.sub).lean();
    if (!user || user.disabled) {
      return res.status(401).json({ error: 'unknown user' });
    }
    req.user = user;
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

async function trackingIdentity(req, res, next) {
  const token = bearerToken(req) || req.query.token;
  if (!token) {
    return res.status(401).json({ error: 'missing token' });
  }
  const claims = jwt.decode(token);
  if (!claims || !claims.sub) {
    return res.status(401).json({ error: 'invalid token' });
  }
  req.user = await User.findById(claims.sub).lean();
  return next();
}

const router = express.Router();
const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, max: 20 });

router.post('/login', loginLimiter, async (req, res) => {
  const { email, password } = req.body || {};
  const user = await User.findOne({ email: String(email || '').toLowerCase() });
  if (!user || !(await bcrypt.compare(String(password || ''), user.passwordHash))) {
    return res.status(401).json({ error: 'bad credentials' });
  }
  const token = jwt.sign({ sub: String(user._id), role: user.role }, JWT_SECRET, {
    algorithm: 'HS256',
    expiresIn: TOKEN_TTL,
  });
  return res.json({ token });
});

router.post('/signup', loginLimiter, async (req, res) => {
  const { email, password, name, fleetCode } = req.body || {};
  if (!email || !password || String(password).length < 12) {
    return res.status(400).json({ error: 'email and a 12+ character password are required' });
  }
  const user = await User.create({
    email: String(email).toLowerCase(),
    name: String(name || ''),
    passwordHash: await bcrypt.hash(String(password), 12),
    role: 'driver',
    pendingFleetCode: fleetCode ? String(fleetCode) : undefined,
  });
  return res.status(201).json({ id: user._id });
});

module.exports = { router, requireAuth, requireRole, trackingIdentity };
