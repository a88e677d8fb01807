'use strict';

const fp = require('fastify-plugin');

async function auth(fastify) {
  fastify.register(require('@fastify/jwt'), {
    secret: process.env.JWT_SECRET,
    sign: { expiresIn: '2h' },
    verify: { algorithms: ['HS256'] },
  });

  fastify.decorate('authenticate', async function authenticate(request, reply) {
    try {
      await request.jwtVerify();
    } catch (err) {
      reply.code(401).send({ error: 'unauthorized' });
    }
  });

  fastify.decorate('requireStaff', async function requireStaff(request, reply) {
    const row = await fastify.knex('climbers').where({ id: request.user.sub }).first('is_staff');
    if (!row || !row.is_staff) {
      reply.code(403).send({ error: 'staff only' });
    }
  });
}

module.exports = fp(auth);
