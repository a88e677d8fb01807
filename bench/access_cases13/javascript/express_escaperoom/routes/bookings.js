'use strict';
const express = require('express');
const db = require('../db');
const { requireLogin } = require('../auth');

const router = express.Router();
router.use(requireLogin);

router.get('/:id', async (req, res) => {
  const booking = await db.bookings.findForUser(req.params.id, req.session.userId);
  if (!booking) return res.sendStatus(404);
  res.json(booking);
});

router.post('/', async (req, res) => {
  const booking = await db.bookings.insert({
    ...req.body,
    userId: req.session.userId,
    createdAt: new Date(),
  });
  res.status(201).json(booking);
});

router.post('/:id/cancel', async (req, res) => {
  const booking = await db.bookings.findById(req.params.id);
  if (!booking) return res.sendStatus(404);
  await db.bookings.update(booking.id, { status: 'cancelled' });
  res.json({ cancelled: booking.id });
});

router.put('/:id/players', async (req, res) => {
  const booking = await db.bookings.findById(req.params.id);
  if (!booking || booking.userId !== req.session.userId) return res.sendStatus(404);
  const players = Number.parseInt(req.body.players, 10);
  await db.bookings.update(booking.id, { players });
  res.json({ players });
});

module.exports = router;
