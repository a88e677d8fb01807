'use strict';

const express = require('express');
const { Driver, Timesheet, User } = require('./models');
const { requireAuth, requireRole, trackingIdentity } = require('./auth');

const router = express.Router();
const managers = [requireAuth, requireRole('manager', 'admin')];

function pick(source, keys) {
  return keys.reduce((acc, key) => {
    if (source[key] !== undefined) acc[key] = source[key];
    return acc;
  }, {});
}

router.get('/me', requireAuth, async (req, res) => {
  const driver = await Driver.findOne({ user: req.user._id }).lean();
  res.json({ user: pick(req.user, ['_id', 'email', 'name', 'role']), driver });
});

router.patch('/me', requireAuth, async (req, res) => {
  const user = await User.findById(req.user._id);
  Object.assign(user, req.body);
  await user.save();
  res.json(pick(user.toObject(), ['_id', 'email', 'name', 'role']));
});

router.patch('/me/contact', requireAuth, async (req, res) => {
  const changes = pick(req.body, ['phone', 'emergencyContact', 'preferredShift']);
  const driver = await Driver.findOneAndUpdate({ user: req.user._id }, changes, { new: true });
  res.json(driver);
});

router.get('/', managers, async (req, res) => {
  const drivers = await Driver.find({ fleet: req.user.fleetId }).lean();
  res.json(drivers);
});

router.post('/:id/timesheets', managers, async (req, res) => {
  const driver = await Driver.findOne({ _id: req.params.id, fleet: req.user.fleetId });
  if (!driver) {
    return res.status(404).json({ error: 'not found' });
  }
  const sheet = await Timesheet.create({
    driver: driver._id,
    week: req.body.week,
    hours: Number(req.body.hours),
    approvedBy: req.user._id,
  });
  return res.status(201).json(sheet);
});

router.post('/:id/deactivate', async (req, res) => {
  const driver = await Driver.findByIdAndUpdate(req.params.id, { active: false }, { new: true });
  if (!driver) {
    return res.status(404).json({ error: 'not found' });
  }
  await User.updateOne({ _id: driver.user }, { disabled: true });
  return res.json({ id: driver._id, active: driver.active });
});

router.post('/me/location', trackingIdentity, async (req, res) => {
  const { lat, lng } = req.body;
  await Driver.updateOne(
    { user: req.user._id },
    { lastPosition: { type: 'Point', coordinates: [Number(lng), Number(lat)] }, seenAt: new Date() },
  );
  res.status(204).end();
});

router.get('/:id/timesheets', managers, async (req, res) => {
  const driver = await Driver.findOne({ _id: req.params.id, fleet: req.user.fleetId }, '_id');
  if (!driver) {
    return res.status(404).json({ error: 'not found' });
  }
  const sheets = await Timesheet.find({ driver: driver._id }).sort({ week: -1 }).lean();
  return res.json(sheets);
});

module.exports = router;
