import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { db } from '../db';

declare module 'fastify' {
  interface FastifyInstance {
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    requireOrganiser: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    user: { sub: number; handle: string };
  }
}

export default fp(async (fastify) => {
  fastify.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      await request.jwtVerify();
    } catch (err) {
      reply.code(401).send({ error: 'unauthorised' });
    }
  });

  fastify.decorate('requireOrganiser', async (request: FastifyRequest, reply: FastifyReply) => {
    const player = await db.selectFrom('players').select('role').where('id', '=', request.user.sub).executeTakeFirst();
    if (player?.role !== 'organiser') {
      reply.code(403).send({ error: 'organisers only' });
    }
  });
});
