'use strict';

const Router = require('@koa/router');
const db = require('../db');
const { requireAuth } = require('../auth');

const jobs = new Router({ prefix: '/jobs' });
jobs.use(requireAuth);

jobs.get('/', async (ctx) => {
  ctx.body = await db('jobs')
    .where({ client_id: ctx.state.user.sub })
    .orderBy('created_at', 'desc');
});

jobs.post('/', async (ctx) => {
  const { pickup, dropoff, parcelSize, notes } = ctx.request.body;
  const [job] = await db('jobs')
    .insert({ pickup, dropoff, parcel_size: parcelSize, notes, client_id: ctx.state.user.sub, status: 'new' })
    .returning('*');
  ctx.status = 201;
  ctx.body = job;
});

jobs.get('/:id', async (ctx) => {
  const job = await db('jobs').where({ id: ctx.params.id }).first();
  if (!job) ctx.throw(404);
  const proof = await db('delivery_proofs').where({ job_id: job.id }).first();
  ctx.body = { ...job, proof };
});

jobs.patch('/:id', async (ctx) => {
  const updated = await db('jobs')
    .where({ id: ctx.params.id, client_id: ctx.state.user.sub })
    .update(ctx.request.body)
    .returning('*');
  if (!updated.length) ctx.throw(404);
  ctx.body = updated[0];
});

jobs.post('/:id/cancel', async (ctx) => {
  const n = await db('jobs')
    .where({ id: ctx.params.id, client_id: ctx.state.user.sub, status: 'new' })
    .update({ status: 'cancelled' });
  if (!n) ctx.throw(404);
  ctx.body = { cancelled: true };
});

jobs.delete('/:id/proof', async (ctx) => {
  await db('delivery_proofs').where({ job_id: ctx.params.id }).del();
  ctx.status = 204;
});

module.exports = jobs;
