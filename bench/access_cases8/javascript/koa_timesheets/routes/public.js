'use strict';

const crypto = require('crypto');
const Router = require('@koa/router');
const bcrypt = require('bcryptjs');
const jsonwebtoken = require('jsonwebtoken');

const config = require('../config');
const { User, Timesheet, CalendarSync } = require('../models');

const router = new Router();

router.get('/healthz', (ctx) => {
  ctx.body = { ok: true };
});

router.post('/auth/login', async (ctx) => {
  const { email, password } = ctx.request.body;
  const user = await User.findOne({ where: { email } });
  if (!user || !(await bcrypt.compare(password || '', user.passwordHash))) {
    ctx.throw(401, 'Invalid credentials');
  }
  const token = jsonwebtoken.sign({ sub: user.id, role: user.role }, config.jwtSecret, {
    algorithm: 'HS256',
    expiresIn: '8h',
  });
  ctx.body = { token };
});

router.post('/hooks/calendar', async (ctx) => {
  const sig = ctx.get('X-Calendar-Signature');
  const expected = crypto
    .createHmac('sha256', config.calendarWebhookSecret)
    .update(ctx.request.rawBody || '')
    .digest('hex');
  if (!sig || !crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(expected))) {
    ctx.throw(403);
  }
  await CalendarSync.create({ payload: ctx.request.body });
  ctx.status = 204;
});

router.post('/internal/purge-drafts', async (ctx) => {
  const removed = await Timesheet.destroy({ where: { status: 'draft' } });
  ctx.body = { removed };
});

module.exports = router;
