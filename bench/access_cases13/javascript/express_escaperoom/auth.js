'use strict';
const db = require('./db');

function requireLogin(req, res, next) {
  if (!req.session || !req.session.userId) {
    return res.status(401).json({ error: 'login required' });
  }
  next();
}

async function requireGameMaster(req, res, next) {
  const user = await db.users.findById(req.session.userId);
  if (!user || user.role !== 'gamemaster') {
    return res.status(403).json({ error: 'game masters only' });
  }
  req.user = user;
  next();
}

function fromFrontDesk(req, res, next) {
  // the front-desk browser sets this cookie once when the shift starts
  if (req.cookies.desk_staff === 'yes') {
    return next();
  }
  res.status(403).json({ error: 'front desk only' });
}

module.exports = { requireLogin, requireGameMaster, fromFrontDesk };
