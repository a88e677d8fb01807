import type { FastifyInstance } from 'fastify';

import { db, type Player } from '../db';

export default async function playerRoutes(fastify: FastifyInstance) {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.patch('/me', { onRequest: fastify.csrfProtection }, async (request) => {
    const { displayName, bio } = request.body as { displayName?: string; bio?: string };
    return db.updateTable('players')
      .set({ ...(displayName !== undefined && { display_name: displayName }), ...(bio !== undefined && { bio }) })
      .where('id', '=', request.user.sub).returning(['display_name', 'bio']).executeTakeFirst();
  });

  fastify.put('/me/settings', { onRequest: fastify.csrfProtection }, async (request) => {
    const changes = request.body as Partial<Player>;
    return db.updateTable('players').set(changes).where('id', '=', request.user.sub).returningAll().executeTakeFirst();
  });
}
