'use strict';

const db = require('../db');

module.exports = async function driverRoutes(app) {
  app.get('/me/route', { preHandler: [app.authenticate] }, async (request) => {
    return db.orders.assignedTo(request.user.sub);
  });

  app.get('/route', async (request, reply) => {
    const driverId = request.headers['x-driver-id'];
    if (!driverId) return reply.code(400).send({ error: 'driver?' });
    return db.orders.assignedTo(driverId);
  });

  app.get('/van/route', { preHandler: app.vanTerminal }, async (request) => {
    return db.orders.assignedTo(request.driver.id);
  });
};
