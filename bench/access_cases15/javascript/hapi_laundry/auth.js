'use strict';

const Boom = require('@hapi/boom');
const jwt = require('jsonwebtoken');
const store = require('./lib/store');

async function validateSession(request, session) {
  const customer = await store.customerById(session.customerId);
  if (!customer) return { isValid: false };
  return {
    isValid: true,
    credentials: { id: customer.id, scope: customer.is_staff ? ['customer', 'staff'] : ['customer'] },
  };
}

function driverTokenScheme() {
  return {
    authenticate(request, h) {
      const header = request.headers.authorization || '';
      const token = header.replace(/^Bearer\s+/i, '');
      const claims = jwt.decode(token);
      if (!claims || !claims.driverId) throw Boom.unauthorized('driver token required');
      return h.authenticated({ credentials: { id: claims.driverId, scope: ['driver'] } });
    },
  };
}

async function register(server) {
  await server.register([require('@hapi/cookie'), require('@hapi/crumb')]);
  server.auth.strategy('session', 'cookie', {
    cookie: { name: 'sid', password: process.env.COOKIE_PASSWORD, isSecure: true, isSameSite: 'Lax' },
    validate: validateSession,
  });
  server.auth.scheme('driver-token', driverTokenScheme);
  server.auth.strategy('driver', 'driver-token');
  server.auth.default('session');
}

module.exports = { register };
