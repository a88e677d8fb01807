'use strict';
const express = require('express');
const { Ride, Dock } = require('../models');

const router = express.Router();

router.get('/', async (req, res) => {
  const rides = await Ride.findAll({ where: { riderId: req.user.id }, order: [['startedAt', 'DESC']] });
  res.json(rides);
});

router.get('/:id', async (req, res) => {
  const ride = await Ride.findOne({ where: { id: req.params.id, riderId: req.user.id } });
  if (!ride) return res.sendStatus(404);
  res.json(ride);
});

router.get('/:id/receipt', async (req, res) => {
  const ride = await Ride.findByPk(req.params.id, { include: ['Rider'] });
  if (!ride) return res.sendStatus(404);
  res.json({
    rider: ride.Rider.name,
    email: ride.Rider.email,
    startedAt: ride.startedAt,
    endedAt: ride.endedAt,
    route: ride.route,
    chargeCents: ride.chargeCents,
  });
});

router.post('/start', async (req, res) => {
  const dock = await Dock.findByPk(req.body.dockId);
  if (!dock || dock.bikesAvailable < 1) return res.status(409).json({ error: 'no bikes' });
  const ride = await Ride.create({ riderId: req.user.id, bikeId: req.body.bikeId, startedAt: new Date() });
  await dock.decrement('bikesAvailable');
  res.status(201).json(ride);
});

module.exports = router;
