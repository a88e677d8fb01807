'use strict';

module.exports = async function kioskRoutes(fastify) {
  fastify.post('/check-in', async (request, reply) => {
    const raw = (request.headers.authorization || '').replace(/^Bearer /, '');
    const claims = fastify.jwt.decode(raw);
    if (!claims) return reply.code(401).send();
    await fastify.knex('visits').insert({ climber_id: claims.sub, wall: request.body.wall });
    const climber = await fastify.knex('climbers').where({ id: claims.sub }).first('full_name', 'pass_expires');
    return { welcome: climber.full_name, passExpires: climber.pass_expires };
  });
};
