'use strict';

const db = require('../db');

function requireAuth(req, res, next) {
  if (!req.session || !req.session.userId) {
    return res.status(401).json({ error: 'login required' });
  }
  return next();
}

function requireRole(...roles) {
  return async (req, res, next) => {
    try {
      const user = await db('users').where({ id: req.session.userId }).first('id', 'role');
      if (!user || !roles.includes(user.role)) {
        return res.status(403).json({ error: 'forbidden' });
      }
      req.staff = user;
      return next();
    } catch (err) {
      return next(err);
    }
  };
}

module.exports = { requireAuth, requireRole };
