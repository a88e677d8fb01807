'use strict';
const express = require('express');
const db = require('../db');

// mounted in app.js behind requireLogin and requireGameMaster
const router = express.Router();

router.get('/bookings', async (req, res) => {
  res.json(await db.bookings.listAll({ day: req.query.day }));
});

router.delete('/bookings/:id', async (req, res) => {
  await db.bookings.remove(req.params.id);
  res.sendStatus(204);
});

router.post('/users/:id/role', async (req, res) => {
  const role = req.body.role === 'gamemaster' ? 'gamemaster' : 'player';
  await db.users.setRole(req.params.id, role);
  res.json({ role });
});

module.exports = router;
