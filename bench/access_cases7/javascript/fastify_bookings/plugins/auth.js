'use strict';

const fp = require('fastify-plugin');
const { Guest } = require('../models');

async function authPlugin(fastify, opts) {
  await fastify.register(require('@fastify/jwt'), {
    secret: opts.jwtSecret,
    sign: { expiresIn: '8h', iss: 'bookings' },
    verify: { allowedIss: 'bookings' },
  });

  fastify.decorateRequest('guest', null);

  fastify.decorate('authenticate', async function authenticate(request, reply) {
    try {
      await request.jwtVerify();
    } catch (err) {
      return reply.code(401).send({ error: 'unauthorized' });
    }
  });

  fastify.decorate('requireStaff', async function requireStaff(request, reply) {
    if (!request.user || !['staff', 'manager'].includes(request.user.role)) {
      return reply.code(403).send({ error: 'forbidden' });
    }
  });

  fastify.decorate('requireManager', async function requireManager(request, reply) {
    if (!request.user || request.user.role !== 'manager') {
      return reply.code(403).send({ error: 'forbidden' });
    }
  });

  fastify.decorate('kioskGuest', async function kioskGuest(request, reply) {
    const guestId = request.headers['x-guest-id'];
    if (!guestId) {
      return reply.code(401).send({ error: 'no guest' });
    }
    const guest = await Guest.findById(guestId).lean();
    if (!guest) {
      return reply.code(401).send({ error: 'no guest' });
    }
    request.guest = guest;
  });

  fastify.decorate('issueToken', function issueToken(guest) {
    return fastify.jwt.sign({ sub: String(guest._id), role: guest.role });
  });

  fastify.decorate('peekRole', function peekRole(request) {
    const header = request.headers.authorization || '';
    const token = header.replace(/^Bearer /, '');
    const payload = token ? fastify.jwt.decode(token) : null;
    return payload ? payload.role : 'anonymous';
  });
}

module.exports = fp(authPlugin, { name: 'auth' });
