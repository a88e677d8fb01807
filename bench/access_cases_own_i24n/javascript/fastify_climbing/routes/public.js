'use strict';

const bcrypt = require('bcrypt');

module.exports = async function publicRoutes(fastify) {
  fastify.get('/timetable', async () => {
    return fastify.knex('sessions').where('starts_at', '>', new Date()).select('id', 'wall', 'starts_at', 'spaces');
  });

  fastify.post('/login', async (request, reply) => {
    const { email, password } = request.body;
    const climber = await fastify.knex('climbers').where({ email }).first();
    if (!climber || !(await bcrypt.compare(password, climber.password_hash))) {
      return reply.code(401).send({ error: 'bad credentials' });
    }
    return { token: fastify.jwt.sign({ sub: climber.id }) };
  });

  fastify.get('/health', async () => ({ ok: true }));
};
