'use strict';

const fp = require('fastify-plugin');

module.exports = fp(async function identity(fastify) {
  fastify.decorateRequest('courierId', null);

  // Handhelds in the vans send the courier badge number with every call.
  fastify.addHook('onRequest', async (request, reply) => {
    const badge = request.headers['x-courier-id'];
    if (!badge) {
      return reply.code(401).send({ error: 'no badge' });
    }
    request.courierId = Number(badge);
  });
});
