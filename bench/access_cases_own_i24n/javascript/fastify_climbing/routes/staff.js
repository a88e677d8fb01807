'use strict';

module.exports = async function staffRoutes(fastify) {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get('/climbers', { preHandler: fastify.requireStaff }, async () => {
    return fastify.knex('climbers').select('id', 'full_name', 'email', 'pass_type', 'pass_expires');
  });

  fastify.post('/climbers/:id/extend-pass', { preHandler: fastify.requireStaff }, async (request) => {
    const days = Number(request.body.days || 30);
    await fastify.knex('climbers').where({ id: request.params.id })
      .update({ pass_expires: fastify.knex.raw(`pass_expires + (? * interval '1 day')`, [days]) });
    return { extended: days };
  });

  fastify.delete('/climbers/:id', async (request, reply) => {
    await fastify.knex.transaction(async (trx) => {
      await trx('bookings').where({ climber_id: request.params.id }).del();
      await trx('climbers').where({ id: request.params.id }).del();
    });
    return reply.code(204).send();
  });
};
