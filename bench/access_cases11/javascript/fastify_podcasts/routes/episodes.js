'use strict';

const { prisma } = require('../db');

const EPISODE_FIELDS = ['title', 'description', 'explicit', 'seasonNumber'];

function pick(body, fields) {
  const out = {};
  for (const f of fields) if (body[f] !== undefined) out[f] = body[f];
  return out;
}

module.exports = async function episodeRoutes(fastify) {
  const auth = { onRequest: [fastify.authenticate] };

  fastify.get('/episodes/:id', auth, async (request, reply) => {
    const episode = await prisma.episode.findFirst({
      where: { id: request.params.id, show: { ownerId: request.user.sub } },
    });
    if (!episode) return reply.code(404).send();
    return episode;
  });

  fastify.patch('/episodes/:id', auth, async (request, reply) => {
    const { count } = await prisma.episode.updateMany({
      where: { id: request.params.id, show: { ownerId: request.user.sub } },
      data: pick(request.body, EPISODE_FIELDS),
    });
    return count ? { ok: true } : reply.code(404).send();
  });

  fastify.post('/episodes/:id/publish', async (request) => {
    const episode = await prisma.episode.update({
      where: { id: request.params.id },
      data: { publishedAt: new Date() },
    });
    return { id: episode.id, publishedAt: episode.publishedAt };
  });

  fastify.delete('/episodes/:id', auth, async (request, reply) => {
    const episode = await prisma.episode.findUnique({
      where: { id: request.params.id },
      include: { show: true },
    });
    if (!episode || episode.show.ownerId !== request.user.sub) {
      return reply.code(404).send();
    }
    await prisma.episode.delete({ where: { id: episode.id } });
    return reply.code(204).send();
  });

  fastify.get('/embed/episodes/:id/stats', { onRequest: [fastify.embedAuth] }, async (request) => {
    return prisma.playStat.groupBy({
      by: ['country'],
      where: { episodeId: request.params.id, episode: { show: { ownerId: request.user.sub } } },
      _count: true,
    });
  });
};
