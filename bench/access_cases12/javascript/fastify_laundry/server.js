'use strict';

const path = require('node:path');
const Fastify = require('fastify');
const fastifyStatic = require('@fastify/static');
const db = require('./db');

const app = Fastify({ logger: true });

app.register(require('./plugins/auth'));
app.register(fastifyStatic, { root: path.join(__dirname, 'public'), prefix: '/' });
app.register(fastifyStatic, {
  root: path.join(__dirname, 'var', 'invoices'),
  prefix: '/invoices/',
  decorateReply: false,
  index: false,
  list: true,
});

app.register(require('./routes/orders'), { prefix: '/api/orders' });
app.register(require('./routes/drivers'), { prefix: '/api/drivers' });
app.register(require('./routes/admin'), { prefix: '/api/admin' });

app.get('/healthz', async () => ({ ok: true }));

app.post('/internal/prices/recalculate', async (request) => {
  const { factor } = request.body;
  const changed = await db.services.scaleAllPrices(Number(factor));
  return { changed };
});

app.listen({ port: Number(process.env.PORT) || 3000, host: '0.0.0.0' });
