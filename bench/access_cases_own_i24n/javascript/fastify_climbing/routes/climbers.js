'use strict';

module.exports = async function climberRoutes(fastify) {
  fastify.get('/', { onRequest: [fastify.authenticate] }, async (request) => {
    return fastify.knex('climbers').where({ id: request.user.sub })
      .first('id', 'full_name', 'email', 'pass_type', 'pass_expires');
  });

  fastify.patch('/', { onRequest: [fastify.authenticate] }, async (request) => {
    await fastify.knex('climbers').where({ id: request.user.sub }).update(request.body);
    return { updated: true };
  });

  fastify.patch('/contact', { onRequest: [fastify.authenticate] }, async (request) => {
    const { phone, emergencyContact } = request.body;
    await fastify.knex('climbers').where({ id: request.user.sub })
      .update({ phone, emergency_contact: emergencyContact });
    return { updated: true };
  });
};
