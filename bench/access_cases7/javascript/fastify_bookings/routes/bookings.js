'use strict';

const { Booking, Invoice, Room } = require('../models');

const DAY = 24 * 3600 * 1000;

function nights(checkIn, checkOut) {
  return Math.round((checkOut - checkIn) / DAY);
}

module.exports = async function bookingRoutes(fastify) {
  fastify.register(async function guestScope(scope) {
    scope.addHook('onRequest', fastify.authenticate);

    scope.get('/', async (request) => {
      return Booking.find({ guest: request.user.sub })
        .populate('room', 'number kind')
        .sort('-checkIn')
        .lean();
    });

    scope.post('/', {
      schema: {
        body: {
          type: 'object',
          required: ['room', 'checkIn', 'checkOut'],
          additionalProperties: false,
          properties: {
            room: { type: 'string' },
            checkIn: { type: 'string', format: 'date' },
            checkOut: { type: 'string', format: 'date' },
            adults: { type: 'integer', minimum: 1, maximum: 6 },
            specialRequests: { type: 'string', maxLength: 1000 },
          },
        },
      },
    }, async (request, reply) => {
      const { room: roomId, adults, specialRequests } = request.body;
      const checkIn = new Date(request.body.checkIn);
      const checkOut = new Date(request.body.checkOut);
      const room = await Room.findOne({ _id: roomId, outOfService: false });
      if (!room || checkIn >= checkOut) return reply.code(400).send({ error: 'invalid booking' });
      if (await Booking.overlapping(room._id, checkIn, checkOut)) {
        return reply.code(409).send({ error: 'room not available' });
      }
      const booking = await Booking.create({
        guest: request.user.sub,
        room: room._id,
        checkIn,
        checkOut,
        adults,
        specialRequests,
        totalPrice: nights(checkIn, checkOut) * room.nightlyRate,
      });
      return reply.code(201).send(booking);
    });

    scope.get('/:id', async (request, reply) => {
      const booking = await Booking.findOne({ _id: request.params.id, guest: request.user.sub })
        .populate('room', 'number kind amenities');
      if (!booking) return reply.code(404).send({ error: 'not found' });
      return booking;
    });

    scope.patch('/:id', async (request, reply) => {
      const booking = await Booking.findOne({ _id: request.params.id, guest: request.user.sub });
      if (!booking) return reply.code(404).send({ error: 'not found' });
      if (booking.status !== 'pending') return reply.code(409).send({ error: 'booking locked' });
      Object.assign(booking, request.body);
      if (await Booking.overlapping(booking.room, booking.checkIn, booking.checkOut, booking._id)) {
        return reply.code(409).send({ error: 'room not available' });
      }
      await booking.save();
      return booking;
    });

    scope.post('/:id/cancel', async (request, reply) => {
      const booking = await Booking.findById(request.params.id);
      if (!booking) return reply.code(404).send({ error: 'not found' });
      if (['checked_in', 'checked_out'].includes(booking.status)) {
        return reply.code(409).send({ error: 'too late to cancel' });
      }
      booking.status = 'cancelled';
      await booking.save();
      return { id: booking._id, status: booking.status };
    });

    scope.get('/:id/invoice', async (request, reply) => {
      const invoice = await Invoice.findOne({ booking: request.params.id }).lean();
      if (!invoice) return reply.code(404).send({ error: 'not found' });
      return invoice;
    });
  });

  fastify.register(async function staffScope(scope) {
    scope.addHook('onRequest', fastify.authenticate);
    scope.addHook('onRequest', fastify.requireStaff);

    scope.post('/:id/check-in', async (request, reply) => {
      const booking = await Booking.findOneAndUpdate(
        { _id: request.params.id, status: 'confirmed' },
        { $set: { status: 'checked_in' } },
        { new: true },
      );
      if (!booking) return reply.code(409).send({ error: 'not confirmable' });
      return booking;
    });

    scope.get('/arrivals/today', async () => {
      const start = new Date();
      start.setHours(0, 0, 0, 0);
      return Booking.find({ checkIn: { $gte: start, $lt: new Date(start.valueOf() + DAY) } })
        .populate('guest', 'name phone')
        .populate('room', 'number')
        .lean();
    });
  });

  fastify.register(async function kioskScope(scope) {
    scope.addHook('onRequest', fastify.kioskGuest);

    scope.get('/kiosk/current', async (request, reply) => {
      const booking = await Booking.findOne({ guest: request.guest._id, status: 'checked_in' })
        .populate('room', 'number floor')
        .lean();
      if (!booking) return reply.code(404).send({ error: 'no active stay' });
      return booking;
    });

    scope.post('/kiosk/checkout', async (request, reply) => {
      const booking = await Booking.findOneAndUpdate(
        { guest: request.guest._id, status: 'checked_in' },
        { $set: { status: 'checked_out' } },
        { new: true },
      );
      if (!booking) return reply.code(404).send({ error: 'no active stay' });
      return { id: booking._id, status: booking.status };
    });
  });
};
