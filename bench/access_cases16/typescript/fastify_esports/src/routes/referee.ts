import type { FastifyInstance, FastifyRequest } from 'fastify';

import { db } from '../db';

function refereeFrom(request: FastifyRequest, fastify: FastifyInstance): { sub: number; role: string } | null {
  const token = request.headers['x-referee-token'];
  if (typeof token !== 'string') return null;
  const claims = fastify.jwt.decode<{ sub: number; role: string }>(token);
  return claims && claims.role === 'referee' ? claims : null;
}

export default async function refereeRoutes(fastify: FastifyInstance) {
  fastify.post('/matches/:id/report', async (request, reply) => {
    const referee = refereeFrom(request, fastify);
    if (!referee) return reply.code(401).send();
    const { id } = request.params as { id: string };
    const { result } = request.body as { result: string };
    await db.updateTable('matches').set({ result, confirmed: true }).where('id', '=', Number(id)).execute();
    return { id, result, referee: referee.sub };
  });
}
