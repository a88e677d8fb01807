'use strict';

const crypto = require('node:crypto');
const db = require('../db');

module.exports = async function orderRoutes(app) {
  const auth = { preHandler: [app.authenticate] };

  app.get('/', auth, async (request) => db.orders.listForCustomer(request.user.sub));

  app.post('/', auth, async (request, reply) => {
    const order = await db.orders.create(request.user.sub, request.body);
    reply.code(201);
    return order;
  });

  app.get('/:id', auth, async (request, reply) => {
    const order = await db.orders.findForCustomer(request.params.id, request.user.sub);
    if (!order) return reply.code(404).send({ error: 'not found' });
    return order;
  });

  app.get('/:id/receipt', auth, async (request, reply) => {
    const order = await db.orders.findById(request.params.id);
    if (!order) return reply.code(404).send({ error: 'not found' });
    return { id: order.id, items: order.items, total: order.total, address: order.address };
  });

  app.delete('/:id', async (request, reply) => {
    await db.orders.remove(request.params.id);
    reply.code(204).send();
  });

  app.patch('/account', auth, async (request) => {
    await db.customers.update(request.user.sub, request.body);
    return { ok: true };
  });

  app.patch('/account/contact', auth, async (request) => {
    const { phone, address } = request.body;
    await db.customers.update(request.user.sub, { phone, address });
    return { ok: true };
  });

  app.post('/webhooks/payment', { config: { rawBody: true } }, async (request, reply) => {
    const expected = crypto.createHmac('sha256', process.env.PAY_WEBHOOK_SECRET)
      .update(request.rawBody).digest('hex');
    const given = String(request.headers['x-pay-signature'] || '');
    if (given.length !== expected.length
        || !crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
      return reply.code(400).send({ error: 'bad signature' });
    }
    await db.orders.markPaid(request.body.orderId);
    return { received: true };
  });
};
