'use strict';

const Hapi = require('@hapi/hapi');
const Inert = require('@hapi/inert');
const knex = require('knex');
const auth = require('./lib/auth');
const routes = require('./lib/routes');

async function start() {
  const server = Hapi.server({ port: process.env.PORT || 4000, routes: { cors: { origin: ['https://westfieldlido.org'] } } });
  server.app.db = knex({ client: 'pg', connection: process.env.DATABASE_URL });
  await server.register(Inert);
  await auth.register(server);
  server.route(routes);
  await server.start();
  return server;
}

start().catch((err) => {
  console.error(err);
  process.exit(1);
});
