'use strict';

const { prisma } = require('../db');

module.exports = async function adminRoutes(fastify) {
  fastify.addHook('onRequest', fastify.authenticate);
  fastify.addHook('onRequest', fastify.requireAdmin);

  fastify.get('/admin/shows', async () => prisma.show.findMany({ include: { owner: true } }));

  fastify.post('/admin/shows/:id/takedown', async (request) => {
    await prisma.show.update({ where: { id: request.params.id }, data: { takenDown: true } });
    return { ok: true };
  });
};
