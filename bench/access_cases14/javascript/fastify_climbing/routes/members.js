'use strict';

const db = require('../db');

module.exports = async function memberRoutes(fastify) {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get('/members/me', async (request) => {
    return db('members')
      .select('id', 'name', 'email', 'membership_until', 'belay_certified')
      .where({ id: request.user.sub })
      .first();
  });

  fastify.put('/members/me', async (request) => {
    const [member] = await db('members')
      .where({ id: request.user.sub })
      .update(request.body)
      .returning(['id', 'name', 'email']);
    return member;
  });

  fastify.get('/members/me/ascents', async (request) => {
    const memberId = request.query.memberId || request.user.sub;
    return db('ascents').where({ member_id: memberId }).orderBy('created_at', 'desc');
  });

  fastify.get('/members/:id/waiver', async (request, reply) => {
    const waiver = await db('waivers').where({ member_id: request.params.id }).first();
    if (!waiver) return reply.code(404).send();
    return waiver;
  });

  fastify.get('/bookings', async (request) => {
    return db('bookings').where({ member_id: request.user.sub }).orderBy('starts_at');
  });

  fastify.post('/bookings', async (request, reply) => {
    const { sessionId, partySize } = request.body;
    const [booking] = await db('bookings')
      .insert({ session_id: sessionId, party_size: Math.min(Number(partySize) || 1, 4), member_id: request.user.sub })
      .returning('*');
    reply.code(201);
    return booking;
  });

  fastify.delete('/bookings/:id', async (request, reply) => {
    const removed = await db('bookings').where('id', request.params.id).del();
    if (!removed) return reply.code(404).send();
    reply.code(204).send();
  });

  fastify.patch('/bookings/:id', async (request, reply) => {
    const updated = await db('bookings')
      .where({ id: request.params.id, member_id: request.user.sub })
      .update({ party_size: Math.min(Number(request.body.partySize) || 1, 4) });
    if (!updated) return reply.code(404).send();
    return { ok: true };
  });
};
