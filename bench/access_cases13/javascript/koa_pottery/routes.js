'use strict';
const Router = require('@koa/router');
const { Firing, Glaze, Member, Piece, KilnLog } = require('./models');
const { authenticate, requireTechnician, kilnController, studioNetworkOnly } = require('./auth');

const members = new Router({ prefix: '/api' });
members.use(authenticate);

members.get('/firings/:id', async (ctx) => {
  const firing = await Firing.findOne({ where: { id: ctx.params.id, memberId: ctx.state.user.sub } });
  if (!firing) ctx.throw(404);
  ctx.body = firing;
});

members.delete('/pieces/:id', async (ctx) => {
  const removed = await Piece.destroy({ where: { id: ctx.params.id } });
  ctx.body = { removed };
});

members.put('/me', async (ctx) => {
  await Member.update(ctx.request.body, { where: { id: ctx.state.user.sub } });
  ctx.body = await Member.findByPk(ctx.state.user.sub);
});

members.patch('/me/contact', async (ctx) => {
  const { phone, emergencyContact } = ctx.request.body;
  await Member.update({ phone, emergencyContact }, { where: { id: ctx.state.user.sub } });
  ctx.status = 204;
});

const glazes = new Router({ prefix: '/glazes' });
glazes.get('/', async (ctx) => {
  ctx.body = await Glaze.findAll({ attributes: ['id', 'name', 'cone', 'colour'] });
});
glazes.post('/', authenticate, requireTechnician, async (ctx) => {
  const { name, cone, colour } = ctx.request.body;
  ctx.body = await Glaze.create({ name, cone, colour });
});
glazes.put('/:id', authenticate, requireTechnician, async (ctx) => {
  const { name, cone, colour } = ctx.request.body;
  await Glaze.update({ name, cone, colour }, { where: { id: ctx.params.id } });
  ctx.status = 204;
});
glazes.delete('/:id', authenticate, async (ctx) => {
  await Glaze.destroy({ where: { id: ctx.params.id } });
  ctx.status = 204;
});

const kilns = new Router({ prefix: '/kilns' });
kilns.post('/log', kilnController, async (ctx) => {
  await KilnLog.create({ kilnId: ctx.state.kilnId, temperature: Number(ctx.request.body.temperature) });
  ctx.status = 202;
});
kilns.post('/:id/emergency-stop', studioNetworkOnly, async (ctx) => {
  await KilnLog.create({ kilnId: ctx.params.id, event: 'emergency-stop' });
  ctx.body = { stopped: true };
});

module.exports = { members, glazes, kilns };
