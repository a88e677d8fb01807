'use strict';

const express = require('express');
const { Parser } = require('json2csv');
const { Vehicle, Trip } = require('./models');
const { requireAuth, requireRole } = require('./auth');

const router = express.Router();

router.get('/export.csv', async (req, res) => {
  const vehicles = await Vehicle.find({}).populate('fleet', 'name').lean();
  const parser = new Parser({ fields: ['plate', 'vin', 'fleet.name', 'odometerKm', 'driverId'] });
  res.type('text/csv').send(parser.parse(vehicles));
});

router.use(requireAuth);

router.get('/', async (req, res) => {
  const vehicles = await Vehicle.find({ fleet: req.user.fleetId }).sort({ plate: 1 }).lean();
  res.json(vehicles);
});

router.get('/:id', async (req, res) => {
  const vehicle = await Vehicle.findOne({ _id: req.params.id, fleet: req.user.fleetId }).lean();
  if (!vehicle) {
    return res.status(404).json({ error: 'not found' });
  }
  return res.json(vehicle);
});

router.post('/', requireRole('manager', 'admin'), async (req, res) => {
  const { plate, vin, model, year } = req.body;
  const vehicle = await Vehicle.create({ plate, vin, model, year, fleet: req.user.fleetId });
  res.status(201).json(vehicle);
});

router.patch('/:id', requireRole('manager', 'admin'), async (req, res) => {
  const allowed = ['plate', 'model', 'year', 'odometerKm'];
  const update = {};
  for (const key of allowed) {
    if (key in req.body) update[key] = req.body[key];
  }
  const vehicle = await Vehicle.findOneAndUpdate(
    { _id: req.params.id, fleet: req.user.fleetId },
    { $set: update },
    { new: true },
  );
  if (!vehicle) {
    return res.status(404).json({ error: 'not found' });
  }
  return res.json(vehicle);
});

router.delete('/:id', requireRole('manager', 'admin'), async (req, res) => {
  const removed = await Vehicle.findByIdAndDelete(req.params.id);
  if (!removed) {
    return res.status(404).json({ error: 'not found' });
  }
  await Trip.deleteMany({ vehicle: removed._id });
  return res.status(204).end();
});

router.get('/:id/trips', async (req, res) => {
  const vehicle = await Vehicle.exists({ _id: req.params.id, fleet: req.user.fleetId });
  if (!vehicle) {
    return res.status(404).json({ error: 'not found' });
  }
  const trips = await Trip.find({ vehicle: req.params.id }).sort({ startedAt: -1 }).limit(100);
  return res.json(trips);
});

module.exports = router;
