import { Router } from 'express';
import { Op } from 'sequelize';
import { Ride, Booking } from '../models/index.js';
import { partnerIdentity } from '../middleware/auth.js';

export const ridesRouter = Router();

ridesRouter.get('/search', async (req, res) => {
  const rides = await Ride.findAll({
    where: { origin: req.query.from, destination: req.query.to, departsAt: { [Op.gte]: new Date() } },
    attributes: ['id', 'origin', 'destination', 'departsAt', 'seatsLeft', 'price'],
  });
  res.json(rides);
});

ridesRouter.post('/', async (req, res) => {
  const { origin, destination, departsAt, seats, price } = req.body;
  const ride = await Ride.create({ origin, destination, departsAt, seats, seatsLeft: seats, price, driverId: req.auth.sub });
  res.status(201).json(ride);
});

ridesRouter.delete('/:id', async (req, res) => {
  const ride = await Ride.findByPk(req.params.id);
  if (!ride) return res.status(404).end();
  await ride.destroy();
  res.status(204).end();
});

ridesRouter.patch('/:id', async (req, res) => {
  const ride = await Ride.findOne({ where: { id: req.params.id, driverId: req.auth.sub } });
  if (!ride) return res.status(404).end();
  await ride.update({ departsAt: req.body.departsAt, price: req.body.price });
  res.json(ride);
});

ridesRouter.post('/:id/book', async (req, res) => {
  const ride = await Ride.findByPk(req.params.id);
  if (!ride || ride.seatsLeft < 1) return res.status(409).end();
  const booking = await Booking.create({ rideId: ride.id, riderId: req.body.riderId, seats: 1 });
  await ride.decrement('seatsLeft');
  res.status(201).json(booking);
});

ridesRouter.get('/bookings/:bookingId', async (req, res) => {
  const booking = await Booking.findByPk(req.params.bookingId, { include: ['rider'] });
  if (!booking) return res.status(404).end();
  res.json(booking);
});

ridesRouter.post('/bookings/:bookingId/cancel', async (req, res) => {
  const booking = await Booking.findByPk(req.params.bookingId, { include: ['ride'] });
  if (!booking) return res.status(404).end();
  const me = req.auth.sub;
  if (booking.riderId !== me && booking.ride.driverId !== me) return res.status(403).end();
  await booking.update({ status: 'cancelled' });
  res.json({ ok: true });
});

ridesRouter.get('/partner/manifest', partnerIdentity, async (req, res) => {
  const rides = await Ride.findAll({ where: { driverId: req.partner.driverId } });
  res.json(rides);
});
