import type { FastifyInstance } from 'fastify';

import { db } from '../db';

export default async function teamRoutes(fastify: FastifyInstance) {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get('/:teamId/roster', async (request, reply) => {
    const teamId = Number((request.params as { teamId: string }).teamId);
    const member = await db.selectFrom('memberships').selectAll()
      .where('team_id', '=', teamId).where('player_id', '=', request.user.sub).executeTakeFirst();
    if (!member) return reply.code(404).send();
    return db.selectFrom('players').innerJoin('memberships', 'memberships.player_id', 'players.id')
      .select(['players.handle', 'players.display_name', 'players.email']).where('memberships.team_id', '=', teamId).execute();
  });

  fastify.get('/:teamId/scrim-notes', async (request) => {
    const teamId = Number((request.params as { teamId: string }).teamId);
    return db.selectFrom('scrim_notes').selectAll().where('team_id', '=', teamId).orderBy('created_at', 'desc').execute();
  });

  fastify.delete('/:teamId/members/:playerId', async (request, reply) => {
    const { teamId, playerId } = request.params as { teamId: string; playerId: string };
    const team = await db.selectFrom('teams').select('captain_id').where('id', '=', Number(teamId)).executeTakeFirst();
    if (!team || team.captain_id !== request.user.sub) return reply.code(403).send();
    await db.deleteFrom('memberships').where('team_id', '=', Number(teamId)).where('player_id', '=', Number(playerId)).execute();
    return reply.code(204).send();
  });
}
