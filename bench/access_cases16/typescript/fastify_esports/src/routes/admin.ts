import type { FastifyInstance } from 'fastify';

import { db } from '../db';

export default async function adminRoutes(fastify: FastifyInstance) {
  fastify.addHook('onRequest', fastify.authenticate);
  fastify.addHook('onRequest', fastify.requireOrganiser);

  fastify.post('/players/:id/ban', async (request) => {
    const { id } = request.params as { id: string };
    const { until } = request.body as { until: string };
    await db.updateTable('players').set({ banned_until: new Date(until) }).where('id', '=', Number(id)).execute();
    return { banned: id, until };
  });

  fastify.post('/teams/:id/verify', async (request) => {
    const { id } = request.params as { id: string };
    await db.updateTable('teams').set({ verified: true }).where('id', '=', Number(id)).execute();
    return { verified: id };
  });
}
