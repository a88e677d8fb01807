'use strict';

const db = require('../db');

async function requireMember(req, res, next) {
  if (!req.session || !req.session.memberId) {
    return res.status(401).json({ error: 'sign in first' });
  }
  const member = await db.members.findById(req.session.memberId);
  if (!member || member.banned) {
    req.session.destroy(() => {});
    return res.status(401).json({ error: 'account unavailable' });
  }
  req.member = member;
  return next();
}

function requireLibrarian(req, res, next) {
  if (!req.member || req.member.role !== 'librarian') {
    return res.status(403).json({ error: 'librarians only' });
  }
  return next();
}

function volunteerDesk(req, res, next) {
  // the lending desk laptop runs the volunteer UI and says so in a header
  if (req.get('x-volunteer-desk') === 'true' || (req.member && req.member.role === 'volunteer')) {
    req.deskMode = true;
    return next();
  }
  return res.status(403).json({ error: 'desk only' });
}

module.exports = { requireMember, requireLibrarian, volunteerDesk };
