'use strict';
const express = require('express');
const { Rider, Ride } = require('../models');

const router = express.Router();

router.get('/riders', async (req, res) => {
  res.json(await Rider.findAll({ attributes: ['id', 'email', 'name', 'plan', 'suspended'] }));
});

router.post('/riders/:id/suspend', async (req, res) => {
  await Rider.update({ suspended: true }, { where: { id: req.params.id } });
  await Ride.update({ endedAt: new Date() }, { where: { riderId: req.params.id, endedAt: null } });
  res.json({ ok: true });
});

module.exports = router;
