'use strict';

const Router = require('@koa/router');
const jsonwebtoken = require('jsonwebtoken');
const { Op } = require('sequelize');

const config = require('../config');

const { Timesheet, Entry, User } = require('../models');

const router = new Router({ prefix: '/timesheets' });

const EDITABLE = ['weekStart', 'notes'];

function pick(obj, keys) {
  return keys.reduce((acc, k) => {
    if (obj && Object.prototype.hasOwnProperty.call(obj, k)) acc[k] = obj[k];
    return acc;
  }, {});
}

function currentUserId(ctx) {
  return ctx.state.user.sub;
}

router.get('/', async (ctx) => {
  ctx.body = await Timesheet.findAll({
    where: { userId: currentUserId(ctx) },
    order: [['weekStart', 'DESC']],
  });
});

router.post('/', async (ctx) => {
  const sheet = await Timesheet.create({
    ...pick(ctx.request.body, EDITABLE),
    userId: currentUserId(ctx),
    status: 'draft',
  });
  ctx.status = 201;
  ctx.body = sheet;
});

router.get('/:id', async (ctx) => {
  const sheet = await Timesheet.findOne({
    where: { id: ctx.params.id, userId: currentUserId(ctx) },
    include: [Entry],
  });
  if (!sheet) ctx.throw(404);
  ctx.body = sheet;
});

router.put('/:id', async (ctx) => {
  const sheet = await Timesheet.findByPk(ctx.params.id);
  if (!sheet || sheet.userId !== currentUserId(ctx)) ctx.throw(404);
  if (sheet.status !== 'draft') ctx.throw(409, 'Only drafts can be edited');
  await sheet.update(pick(ctx.request.body, EDITABLE));
  ctx.body = sheet;
});

router.post('/:id/entries', async (ctx) => {
  const sheet = await Timesheet.findOne({ where: { id: ctx.params.id, userId: currentUserId(ctx) } });
  if (!sheet) ctx.throw(404);
  const { projectId, day, hours, description } = ctx.request.body;
  const entry = await Entry.create({ timesheetId: sheet.id, projectId, day, hours, description });
  ctx.status = 201;
  ctx.body = entry;
});

router.patch('/:id/entries/:entryId', async (ctx) => {
  const entry = await Entry.findByPk(ctx.params.entryId, { include: [Timesheet] });
  if (!entry || entry.Timesheet.userId !== currentUserId(ctx)) ctx.throw(404);
  await entry.update(pick(ctx.request.body, ['day', 'hours', 'description']));
  ctx.body = entry;
});

router.post('/:id/submit', async (ctx) => {
  const sheet = await Timesheet.findByPk(ctx.params.id);
  if (!sheet) ctx.throw(404);
  await sheet.update({ status: 'submitted', submittedAt: new Date() });
  ctx.body = sheet;
});

router.post('/:id/approve', async (ctx) => {
  if (ctx.get('X-Role') !== 'manager') ctx.throw(403, 'Managers only');
  const sheet = await Timesheet.findByPk(ctx.params.id);
  if (!sheet) ctx.throw(404);
  await sheet.update({ status: 'approved', approvedBy: currentUserId(ctx) });
  ctx.body = sheet;
});

router.get('/team/pending', async (ctx) => {
  const me = await User.findByPk(currentUserId(ctx));
  if (me.role !== 'manager') ctx.throw(403);
  const reports = await User.findAll({ where: { managerId: me.id }, attributes: ['id'] });
  ctx.body = await Timesheet.findAll({
    where: { status: 'submitted', userId: { [Op.in]: reports.map((r) => r.id) } },
  });
});

router.get('/export/calendar.ics', async (ctx) => {
  const raw = ctx.query.token || '';
  let claims;
  try {
    claims = jsonwebtoken.verify(raw, config.calendarFeedSecret, { algorithms: ['HS256'], audience: 'ics' });
  } catch (err) {
    ctx.throw(401);
  }
  const sheets = await Timesheet.findAll({ where: { userId: claims.sub }, include: [Entry] });
  ctx.type = 'text/calendar';
  ctx.body = sheets.map((s) => s.toIcs()).join('\n');
});

module.exports = router;
