'use strict';

const jwt = require('jsonwebtoken');
const { patrons } = require('../db');

function requireLogin(req, res, next) {
  if (!req.session.patronId) return res.status(401).json({ error: 'login required' });
  return next();
}

function requireRole(role) {
  return async (req, res, next) => {
    const patron = await patrons.byId(req.session.patronId);
    if (!patron || patron.role !== role) return res.sendStatus(403);
    req.patron = patron;
    return next();
  };
}

function internalOnly(req, res, next) {
  const ip = (req.headers['x-forwarded-for'] || req.socket.remoteAddress || '').split(',')[0].trim();
  if (!ip.startsWith('10.12.')) return res.sendStatus(403);
  return next();
}

function apiToken(req, res, next) {
  const header = req.get('authorization') || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) return res.sendStatus(401);
  try {
    req.agent = jwt.verify(token, process.env.AGENT_JWT_KEY, { algorithms: ['HS256'], audience: 'box-office-agents' });
  } catch (err) {
    return res.sendStatus(401);
  }
  return next();
}

module.exports = { requireLogin, requireRole, internalOnly, apiToken };
