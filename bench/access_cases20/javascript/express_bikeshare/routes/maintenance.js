'use strict';
const express = require('express');
const { Dock } = require('../models');
const { ensureAuthenticated, requireMechanic } = require('../middleware/auth');

const router = express.Router();

router.get('/docks/faults', requireMechanic, async (req, res) => {
  res.json(await Dock.findAll({ where: { locked: false } }));
});

router.post('/docks/:id/lock', [ensureAuthenticated, requireMechanic], async (req, res) => {
  await Dock.update({ locked: true }, { where: { id: req.params.id } });
  res.json({ ok: true });
});

router.post('/docks/:id/release-all', async (req, res) => {
  const dock = await Dock.findByPk(req.params.id);
  if (!dock) return res.sendStatus(404);
  await dock.update({ locked: false });
  res.json({ released: dock.bikesAvailable });
});

module.exports = router;
