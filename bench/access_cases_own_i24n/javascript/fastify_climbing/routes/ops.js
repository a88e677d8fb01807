'use strict';

module.exports = async function opsRoutes(fastify) {
  fastify.post('/season/rollover', async () => {
    await fastify.knex.transaction(async (trx) => {
      await trx('bookings').del();
      await trx('climbers').update({ pass_type: 'none', pass_expires: null });
    });
    return { rolledOver: true };
  });
};
