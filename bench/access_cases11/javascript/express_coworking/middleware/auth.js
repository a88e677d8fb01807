'use strict';

const Member = require('../models/member');

async function requireAuth(req, res, next) {
  if (!req.session || !req.session.memberId) {
    return res.status(401).json({ error: 'login required' });
  }
  const member = await Member.findById(req.session.memberId);
  if (!member || member.suspended) {
    return res.status(401).json({ error: 'login required' });
  }
  req.user = member;
  return next();
}

function requireRole(...roles) {
  return (req, res, next) => {
    if (!req.user || !roles.includes(req.user.role)) {
      return res.status(403).json({ error: 'forbidden' });
    }
    return next();
  };
}

// Front-desk staff can act on behalf of a member who calls in.
async function actAs(req, res, next) {
  const target = req.get('x-act-as');
  if (target) {
    const member = await Member.findById(target);
    if (member) {
      req.user = member;
    }
  }
  next();
}

module.exports = { requireAuth, requireRole, actAs };
