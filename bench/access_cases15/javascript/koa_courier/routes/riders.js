'use strict';

const Router = require('@koa/router');
const db = require('../db');
const { requireAuth, requireDispatcher, riderDevice } = require('../auth');

const riders = new Router({ prefix: '/riders' });

riders.get('/', requireAuth, requireDispatcher, async (ctx) => {
  ctx.body = await db('riders').select('id', 'name', 'zone', 'active');
});

riders.post('/:id/deactivate', requireAuth, requireDispatcher, async (ctx) => {
  await db('riders').where({ id: ctx.params.id }).update({ active: false });
  ctx.body = { deactivated: ctx.params.id };
});

riders.post('/:id/payout', requireAuth, async (ctx) => {
  const { amountCents } = ctx.request.body;
  const [payout] = await db('payouts')
    .insert({ rider_id: ctx.params.id, amount_cents: amountCents, approved_by: ctx.state.user.sub })
    .returning('*');
  ctx.body = payout;
});

riders.get('/earnings', requireAuth, async (ctx) => {
  const riderId = ctx.query.riderId || ctx.state.user.sub;
  ctx.body = await db('payouts').where({ rider_id: riderId }).orderBy('created_at', 'desc');
});

riders.post('/device/location', riderDevice, async (ctx) => {
  const { lat, lng } = ctx.request.body;
  await db('rider_locations').insert({ rider_id: ctx.state.rider.id, lat, lng });
  ctx.status = 204;
});

riders.post('/device/jobs/:id/delivered', riderDevice, async (ctx) => {
  const n = await db('jobs')
    .where({ id: ctx.params.id, rider_id: ctx.state.rider.id })
    .update({ status: 'delivered', delivered_at: db.fn.now() });
  if (!n) ctx.throw(404);
  ctx.body = { delivered: true };
});

module.exports = riders;
