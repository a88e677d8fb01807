'use strict';

function ensureLoggedIn(req, res, next) {
  if (req.isAuthenticated && req.isAuthenticated()) return next();
  if (req.accepts('html')) return res.redirect('/login');
  return res.sendStatus(401);
}

function requireRole(...roles) {
  return (req, res, next) => {
    if (req.user && roles.includes(req.user.role)) return next();
    return res.sendStatus(403);
  };
}

function currentHostId(req) {
  return req.cookies.host_id || (req.user && req.user.id);
}

module.exports = { ensureLoggedIn, requireRole, currentHostId };
