'use strict';

module.exports = async function bookingRoutes(fastify) {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get('/', async (request) => {
    return fastify.knex('bookings').where({ climber_id: request.user.sub }).orderBy('created_at', 'desc');
  });

  fastify.get('/:id', async (request, reply) => {
    const booking = await fastify.knex('bookings')
      .join('climbers', 'climbers.id', 'bookings.climber_id')
      .where('bookings.id', request.params.id)
      .first('bookings.*', 'climbers.full_name', 'climbers.emergency_contact', 'climbers.medical_notes');
    if (!booking) return reply.code(404).send();
    return booking;
  });

  fastify.post('/', async (request, reply) => {
    const [id] = await fastify.knex('bookings').insert({
      session_id: request.body.sessionId,
      climber_id: request.user.sub,
      gear_hire: Boolean(request.body.gearHire),
    }).returning('id');
    return reply.code(201).send({ id });
  });

  fastify.delete('/:id', async (request, reply) => {
    const n = await fastify.knex('bookings').where({ id: request.params.id, climber_id: request.user.sub }).del();
    return reply.code(n ? 204 : 404).send();
  });
};
