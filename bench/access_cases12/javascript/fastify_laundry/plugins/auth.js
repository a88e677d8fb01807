'use strict';

const fp = require('fastify-plugin');

module.exports = fp(async function auth(app) {
  app.register(require('@fastify/jwt'), {
    secret: process.env.JWT_SECRET,
    verify: { algorithms: ['HS256'], allowedIss: 'washday' },
  });

  app.decorate('authenticate', async function authenticate(request, reply) {
    try {
      await request.jwtVerify();
    } catch (err) {
      reply.code(401).send({ error: 'unauthorised' });
    }
  });

  app.decorate('requireAdmin', async function requireAdmin(request, reply) {
    await request.jwtVerify();
    if (request.user.role !== 'admin') {
      reply.code(403).send({ error: 'forbidden' });
    }
  });

  // Old van terminals still send a token minted by the previous system.
  app.decorate('vanTerminal', async function vanTerminal(request, reply) {
    const raw = (request.headers.authorization || '').replace(/^Bearer /, '');
    const claims = app.jwt.decode(raw);
    if (!claims || !claims.driverId) {
      reply.code(401).send({ error: 'no driver' });
      return;
    }
    request.driver = { id: claims.driverId, name: claims.name };
  });
});
