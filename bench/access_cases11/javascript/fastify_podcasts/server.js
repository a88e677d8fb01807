'use strict';

const path = require('path');
const Fastify = require('fastify');
const { prisma } = require('./db');

const app = Fastify({ logger: true, trustProxy: false });

app.register(require('./plugins/auth'));
app.register(require('@fastify/static'), {
  root: path.join(__dirname, 'public'),
  prefix: '/static/',
});
app.register(require('@fastify/static'), {
  root: path.join(__dirname, 'uploads', 'raw'),
  prefix: '/raw/',
  list: true,
  decorateReply: false,
});

app.register(require('./routes/shows'), { prefix: '/api' });
app.register(require('./routes/episodes'), { prefix: '/api' });
app.register(require('./routes/admin'), { prefix: '/api' });

app.get('/health', async () => ({ status: 'ok' }));

app.get('/feeds/:slug.xml', async (request, reply) => {
  const show = await prisma.show.findFirst({
    where: { slug: request.params.slug, takenDown: false },
    include: { episodes: { where: { publishedAt: { not: null } } } },
  });
  if (!show) return reply.code(404).send();
  reply.type('application/rss+xml');
  return show;
});

app.register(async (internal) => {
  internal.addHook('onRequest', internal.internalOnly);
  internal.post('/internal/reindex', async () => {
    await prisma.$executeRaw`REFRESH MATERIALIZED VIEW search_index`;
    return { ok: true };
  });
  internal.delete('/internal/cache', async () => {
    await prisma.cacheEntry.deleteMany({});
    return { ok: true };
  });
});

app.listen({ port: 3000, host: '0.0.0.0' });
