'use strict';

const { Room, Booking } = require('../models');

module.exports = async function roomRoutes(fastify) {
  const staffOnly = { onRequest: [fastify.authenticate, fastify.requireStaff] };

  fastify.get('/', async (request) => {
    const filter = { outOfService: false };
    if (request.query.kind) filter.kind = String(request.query.kind);
    return Room.find(filter).select('number kind nightlyRate amenities').sort('number').lean();
  });

  fastify.get('/:id/availability', async (request, reply) => {
    const checkIn = new Date(request.query.from);
    const checkOut = new Date(request.query.to);
    if (Number.isNaN(checkIn.valueOf()) || Number.isNaN(checkOut.valueOf()) || checkIn >= checkOut) {
      return reply.code(400).send({ error: 'bad dates' });
    }
    const busy = await Booking.overlapping(request.params.id, checkIn, checkOut);
    return { available: !busy };
  });

  fastify.post('/', staffOnly, async (request, reply) => {
    const { number, kind, nightlyRate, floor, amenities } = request.body;
    const room = await Room.create({ number, kind, nightlyRate, floor, amenities });
    return reply.code(201).send(room);
  });

  fastify.patch('/:id/service', staffOnly, async (request, reply) => {
    const room = await Room.findByIdAndUpdate(
      request.params.id,
      { $set: { outOfService: Boolean(request.body.outOfService) } },
      { new: true },
    );
    if (!room) return reply.code(404).send({ error: 'not found' });
    return room;
  });

  fastify.patch('/:id/rate', async (request, reply) => {
    if (fastify.peekRole(request) !== 'manager') {
      return reply.code(403).send({ error: 'forbidden' });
    }
    const rate = Number(request.body.nightlyRate);
    if (!Number.isFinite(rate) || rate <= 0) return reply.code(400).send({ error: 'bad rate' });
    const room = await Room.findByIdAndUpdate(request.params.id, { nightlyRate: rate }, { new: true });
    if (!room) return reply.code(404).send({ error: 'not found' });
    return room;
  });

  fastify.get('/:id/bookings', staffOnly, async (request) => {
    return Booking.find({ room: request.params.id, status: { $ne: 'cancelled' } })
      .populate('guest', 'name email phone')
      .sort('checkIn')
      .lean();
  });

  fastify.delete('/:id', async (request, reply) => {
    const active = await Booking.exists({ room: request.params.id, status: { $in: ['pending', 'confirmed', 'checked_in'] } });
    if (active) return reply.code(409).send({ error: 'room has active bookings' });
    const room = await Room.findByIdAndDelete(request.params.id);
    if (!room) return reply.code(404).send({ error: 'not found' });
    return reply.code(204).send();
  });
};
