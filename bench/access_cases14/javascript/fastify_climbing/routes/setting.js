'use strict';

const db = require('../db');

module.exports = async function settingRoutes(fastify) {
  fastify.get('/walls/:wallId/routes', async (request) => {
    return db('routes').where({ wall_id: request.params.wallId, stripped: false }).orderBy('grade');
  });

  fastify.post(
    '/walls/:wallId/routes',
    { onRequest: [fastify.authenticate], preHandler: [fastify.requireSetter] },
    async (request, reply) => {
      const { name, grade, colour } = request.body;
      const [route] = await db('routes')
        .insert({ wall_id: request.params.wallId, name, grade, colour, setter_id: request.user.sub })
        .returning('*');
      reply.code(201);
      return route;
    }
  );

  fastify.patch(
    '/routes/:id/grade',
    { onRequest: [fastify.authenticate], preHandler: [fastify.requireSetter] },
    async (request) => {
      await db('routes').where({ id: request.params.id }).update({ grade: request.body.grade });
      return { ok: true };
    }
  );

  fastify.delete(
    '/walls/:wallId/routes',
    { onRequest: [fastify.authenticate] },
    async (request) => {
      const stripped = await db('routes')
        .where({ wall_id: request.params.wallId })
        .update({ stripped: true });
      return { stripped };
    }
  );

  fastify.post(
    '/routes/:id/ascents',
    { onRequest: [fastify.authenticate] },
    async (request, reply) => {
      await db('ascents').insert({
        route_id: request.params.id,
        member_id: request.user.sub,
        style: request.body.style === 'flash' ? 'flash' : 'redpoint',
      });
      reply.code(201);
      return { ok: true };
    }
  );

  fastify.post('/partner/visits', { onRequest: [fastify.partnerGym] }, async (request, reply) => {
    await db('partner_visits').insert({ gym: request.partner.gym, member_ref: request.partner.memberId });
    reply.code(201);
    return { ok: true };
  });
};
