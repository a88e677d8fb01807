'use strict';

const { prisma } = require('../db');

module.exports = async function showRoutes(fastify) {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get('/shows', async (request) => prisma.show.findMany({
    where: { ownerId: request.user.sub },
  }));

  fastify.post('/shows', async (request, reply) => {
    const { title, slug, language } = request.body;
    const show = await prisma.show.create({
      data: { title, slug, language, ownerId: request.user.sub },
    });
    return reply.code(201).send(show);
  });

  fastify.put('/shows/:id', async (request, reply) => {
    const { count } = await prisma.show.updateMany({
      where: { id: request.params.id, ownerId: request.user.sub },
      data: request.body,
    });
    return count ? { ok: true } : reply.code(404).send();
  });

  fastify.get('/shows/:showId/analytics', async (request) => {
    const downloads = await prisma.download.groupBy({
      by: ['day'],
      where: { showId: request.params.showId },
      _count: true,
    });
    const listeners = await prisma.subscriber.findMany({
      where: { showId: request.params.showId },
      select: { email: true, city: true },
    });
    return { downloads, listeners };
  });
};
