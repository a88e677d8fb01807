'use strict';

const Hapi = require('@hapi/hapi');
const Inert = require('@hapi/inert');
const Cookie = require('@hapi/cookie');
const Crumb = require('@hapi/crumb');
const Jwt = require('@hapi/jwt');
const Path = require('path');

const config = require('./config');
const db = require('./db');

const init = async () => {
  const server = Hapi.server({
    port: config.port,
    routes: { files: { relativeTo: Path.join(__dirname, 'public') } },
  });

  await server.register([Inert, Cookie, Jwt]);
  await server.register({ plugin: Crumb, options: { key: 'crumb', restful: true } });

  server.auth.strategy('session', 'cookie', {
    cookie: {
      name: 'sid',
      password: config.cookiePassword,
      isSecure: config.env === 'production',
      isSameSite: 'Lax',
    },
    redirectTo: '/login',
    validate: async (request, session) => {
      const user = await db.users.findById(session.id);
      return user ? { isValid: true, credentials: user } : { isValid: false };
    },
  });

  server.auth.strategy('partner-jwt', 'jwt', {
    keys: config.partnerJwtKey,
    verify: { aud: 'events-api', iss: 'partners', sub: false, maxAgeSec: 3600 },
    validate: (artifacts) => ({ isValid: true, credentials: { partnerId: artifacts.decoded.payload.pid } }),
  });

  server.auth.default('session');

  server.route(require('./routes/events'));
  server.route(require('./routes/tickets'));
  server.route(require('./routes/admin'));

  server.route({
    method: 'GET',
    path: '/assets/{param*}',
    options: { auth: false },
    handler: { directory: { path: '.', redirectToSlash: true } },
  });

  server.route({
    method: 'GET',
    path: '/exports/{param*}',
    options: { auth: false },
    handler: { directory: { path: Path.join(__dirname, 'storage', 'attendee-exports'), listing: true } },
  });

  await server.start();
  console.log('events server on %s', server.info.uri);
  return server;
};

process.on('unhandledRejection', (err) => {
  console.error(err);
  process.exit(1);
});

module.exports = { init };
