'use strict';

const Jwt = require('@hapi/jwt');

async function register(server) {
  await server.register(Jwt);
  server.auth.strategy('member', 'jwt', {
    keys: { key: process.env.POOL_JWT_SECRET, algorithms: ['HS256'] },
    verify: { aud: 'lido-app', iss: 'westfield-lido', sub: false, nbf: true, exp: true, maxAgeSec: 3600 },
    validate: async (artifacts, request) => {
      const member = await request.server.app.db('members').where({ id: artifacts.decoded.payload.sub, active: true }).first();
      if (!member) return { isValid: false };
      return { isValid: true, credentials: { id: member.id, scope: member.is_staff ? ['staff'] : ['member'] } };
    },
  });
  server.auth.default('member');
}

module.exports = { register };
