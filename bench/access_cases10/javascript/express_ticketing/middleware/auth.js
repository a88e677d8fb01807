'use strict';

const { User } = require('../models');

async function requireLogin(req, res, next) {
  if (!req.session || !req.session.userId) {
    return res.status(401).json({ error: 'login required' });
  }
  const user = await User.findByPk(req.session.userId);
  if (!user || user.disabled) {
    return res.status(401).json({ error: 'login required' });
  }
  req.user = user;
  return next();
}

function requireAdmin(req, res, next) {
  if (!req.user || req.user.role !== 'admin') {
    return res.status(403).json({ error: 'admins only' });
  }
  return next();
}

// Box-office terminals identify the clerk with a header set by the terminal app.
function boxOfficeClerk(req, res, next) {
  const clerkId = req.get('x-clerk-id');
  if (!clerkId) {
    return res.status(401).json({ error: 'clerk id missing' });
  }
  req.clerkId = Number(clerkId);
  return next();
}

module.exports = { requireLogin, requireAdmin, boxOfficeClerk };
