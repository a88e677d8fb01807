'use strict';

const Fastify = require('fastify');
const knex = require('./db');

function build() {
  const app = Fastify({ logger: true });

  app.register(require('@fastify/cookie'));
  app.register(require('./plugins/auth'));
  app.decorate('knex', knex);

  app.register(require('./routes/public'));
  app.register(require('./routes/bookings'), { prefix: '/bookings' });
  app.register(require('./routes/climbers'), { prefix: '/me' });
  app.register(require('./routes/staff'), { prefix: '/staff' });
  app.register(require('./routes/ops'), { prefix: '/ops' });
  app.register(require('./routes/kiosk'), { prefix: '/kiosk' });

  return app;
}

if (require.main === module) {
  build().listen({ port: Number(process.env.PORT || 3000), host: '0.0.0.0' });
}

module.exports = build;
