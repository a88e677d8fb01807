'use strict';

const express = require('express');
const { Booking, Room } = require('../models/member');
const { requireRole } = require('../middleware/auth');

const router = express.Router();

router.get('/', async (req, res) => {
  const bookings = await Booking.find({ member: req.user.id }).sort({ date: 1 });
  res.json(bookings);
});

router.post('/', async (req, res) => {
  const { desk, date, guests } = req.body;
  const booking = await Booking.create({ member: req.user.id, desk, date, guests });
  res.status(201).json(booking);
});

router.get('/:id', async (req, res) => {
  const booking = await Booking.findOne({ _id: req.params.id, member: req.user.id });
  if (!booking) return res.sendStatus(404);
  return res.json(booking);
});

router.patch('/:id', async (req, res) => {
  const { desk, date } = req.body;
  const booking = await Booking.findByIdAndUpdate(req.params.id, { desk, date }, { new: true });
  res.json(booking);
});

router.delete('/:id', async (req, res) => {
  const result = await Booking.deleteOne({ _id: req.params.id, member: req.user._id });
  res.sendStatus(result.deletedCount ? 204 : 404);
});

async function removeRoom(req, res) {
  await Booking.deleteMany({ room: req.params.roomId });
  await Room.findByIdAndDelete(req.params.roomId);
  res.sendStatus(204);
}

router.post('/rooms', requireRole('host', 'manager'), async (req, res) => {
  const { name, seats, floor } = req.body;
  res.status(201).json(await Room.create({ name, seats, floor }));
});
router.put('/rooms/:roomId', requireRole('host', 'manager'), async (req, res) => {
  const { name, seats } = req.body;
  res.json(await Room.findByIdAndUpdate(req.params.roomId, { name, seats }, { new: true }));
});
router.delete('/rooms/:roomId', removeRoom);

module.exports = router;
