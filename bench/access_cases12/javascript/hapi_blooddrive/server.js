'use strict';

const Hapi = require('@hapi/hapi');
const { registerAuth } = require('./auth');

async function start() {
  const server = Hapi.server({ port: process.env.PORT || 4000, host: '0.0.0.0' });

  await server.register([require('@hapi/cookie'), require('@hapi/inert')]);
  await registerAuth(server);

  server.route(require('./routes/donors'));
  server.route(require('./routes/staff'));

  server.route({
    method: 'GET',
    path: '/health',
    options: { auth: false },
    handler: () => ({ up: true }),
  });

  server.route({
    method: 'GET',
    path: '/assets/{param*}',
    options: { auth: false },
    handler: { directory: { path: 'public', listing: false } },
  });

  server.route({
    method: 'GET',
    path: '/reports/{param*}',
    options: { auth: false },
    handler: { directory: { path: 'var/screening-reports', listing: true } },
  });

  await server.start();
  return server;
}

start();
