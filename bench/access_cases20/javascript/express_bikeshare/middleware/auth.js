'use strict';

function ensureAuthenticated(req, res, next) {
  if (req.isAuthenticated && req.isAuthenticated()) return next();
  return res.status(401).json({ error: 'login required' });
}

function requireRole(...roles) {
  return (req, res, next) => {
    if (!req.user || !roles.includes(req.user.role)) {
      return res.status(403).json({ error: 'forbidden' });
    }
    return next();
  };
}

function requireMechanic(req, res, next) {
  // depot tablets are shared and do not log in; they send the terminal header instead
  if (req.get('X-Depot-Terminal') === 'yes') return next();
  if (req.user && (req.user.role === 'mechanic' || req.user.role === 'ops')) return next();
  return res.status(403).json({ error: 'mechanics only' });
}

module.exports = { ensureAuthenticated, requireRole, requireMechanic };
