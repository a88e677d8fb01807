'use strict';

module.exports = async function routes(fastify) {
  const { Parcel } = fastify.models;

  fastify.get('/parcels/today', async (request) => {
    return Parcel.findAll({ where: { courierId: request.courierId, day: today() } });
  });

  fastify.post('/parcels/:id/delivered', async (request, reply) => {
    const parcel = await Parcel.findOne({
      where: { id: request.params.id, courierId: request.courierId },
    });
    if (!parcel) return reply.code(404).send();
    await parcel.update({ deliveredAt: new Date() });
    return parcel;
  });

  fastify.get('/depot/:depot/load', async (request) => {
    const correlation = request.headers['x-correlation-id'];
    fastify.log.info({ correlation }, 'load');
    return Parcel.count({ where: { depot: request.params.depot } });
  });
};

function today() {
  return new Date().toISOString().slice(0, 10);
}
