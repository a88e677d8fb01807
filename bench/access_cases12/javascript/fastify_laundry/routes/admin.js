'use strict';

const db = require('../db');

module.exports = async function adminRoutes(app) {
  app.addHook('onRequest', app.requireAdmin);

  app.get('/customers', async () => db.customers.list());

  app.delete('/orders/:id', async (request, reply) => {
    await db.orders.remove(request.params.id);
    reply.code(204).send();
  });

  app.post('/customers/:id/role', async (request) => {
    const role = request.body.role === 'driver' ? 'driver' : 'customer';
    await db.customers.update(request.params.id, { role });
    return { role };
  });
};
