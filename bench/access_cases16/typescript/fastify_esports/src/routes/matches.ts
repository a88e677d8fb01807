import type { FastifyInstance } from 'fastify';

import { db } from '../db';

export default async function matchRoutes(fastify: FastifyInstance) {
  fastify.get('/:id', async (request) => {
    const { id } = request.params as { id: string };
    return db.selectFrom('matches').selectAll().where('id', '=', Number(id)).executeTakeFirst();
  });

  fastify.post('/:id/confirm', { onRequest: [fastify.authenticate, fastify.requireOrganiser] }, async (request) => {
    const { id } = request.params as { id: string };
    await db.updateTable('matches').set({ confirmed: true }).where('id', '=', Number(id)).execute();
    return { confirmed: id };
  });

  fastify.post('/:id/result', { onRequest: [fastify.authenticate, fastify.requireOrganiser] }, async (request) => {
    const { id } = request.params as { id: string };
    const { result } = request.body as { result: string };
    await db.updateTable('matches').set({ result }).where('id', '=', Number(id)).execute();
    return { id, result };
  });

  fastify.post('/:id/forfeit', { onRequest: [fastify.authenticate] }, async (request) => {
    const { id } = request.params as { id: string };
    const { losingTeam } = request.body as { losingTeam: number };
    const match = await db.selectFrom('matches').selectAll().where('id', '=', Number(id)).executeTakeFirstOrThrow();
    const result = losingTeam === match.home_id ? '0-3' : '3-0';
    await db.updateTable('matches').set({ result, confirmed: true }).where('id', '=', Number(id)).execute();
    return { id, result };
  });
}
