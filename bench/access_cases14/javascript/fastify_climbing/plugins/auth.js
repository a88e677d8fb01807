'use strict';

const fp = require('fastify-plugin');

module.exports = fp(async function auth(fastify) {
  fastify.register(require('@fastify/jwt'), {
    secret: process.env.JWT_SECRET,
    verify: { algorithms: ['HS256'], allowedIss: 'cragtop-gym' },
  });

  fastify.decorate('authenticate', async function authenticate(request, reply) {
    try {
      await request.jwtVerify();
    } catch (err) {
      reply.code(401).send({ error: 'invalid token' });
    }
  });

  fastify.decorate('requireSetter', async function requireSetter(request, reply) {
    if (!request.user || !(request.user.roles || []).includes('setter')) {
      reply.code(403).send({ error: 'route setters only' });
    }
  });

  fastify.decorate('partnerGym', async function partnerGym(request, reply) {
    // partner gyms send their member's token so reciprocal visits can be logged
    const raw = (request.headers['x-partner-token'] || '').replace(/^Bearer /, '');
    const claims = fastify.jwt.decode(raw);
    if (!claims || !claims.gym) {
      return reply.code(401).send({ error: 'partner token required' });
    }
    request.partner = { gym: claims.gym, memberId: claims.sub };
  });
});
