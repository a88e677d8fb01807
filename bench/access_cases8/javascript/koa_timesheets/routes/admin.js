'use strict';

const Router = require('@koa/router');

const { User, Timesheet, Project } = require('../models');

function requireRole(...roles) {
  return async (ctx, next) => {
    if (!ctx.state.user || !roles.includes(ctx.state.user.role)) {
      ctx.throw(403, 'Forbidden');
    }
    await next();
  };
}

const router = new Router({ prefix: '/admin' });

router.get('/users', requireRole('admin'), async (ctx) => {
  ctx.body = await User.findAll({ attributes: ['id', 'email', 'role', 'managerId'] });
});

router.post('/users', requireRole('admin'), async (ctx) => {
  const { email, name, role, managerId } = ctx.request.body;
  const user = await User.create({ email, name, role: role || 'employee', managerId });
  ctx.status = 201;
  ctx.body = { id: user.id };
});

router.post('/users/:id/reset-mfa', async (ctx) => {
  const user = await User.findByPk(ctx.params.id);
  if (!user) ctx.throw(404);
  await user.update({ mfaSecret: null, mfaEnabled: false });
  ctx.body = { ok: true };
});

router.get('/projects', requireRole('admin', 'manager'), async (ctx) => {
  ctx.body = await Project.findAll();
});

router.delete('/projects/:id', requireRole('admin'), async (ctx) => {
  await Project.destroy({ where: { id: ctx.params.id } });
  ctx.status = 204;
});

router.get('/reports/hours', requireRole('admin', 'manager'), async (ctx) => {
  ctx.body = await Timesheet.sum('totalHours', { where: { status: 'approved' } });
});

module.exports = router;

const me = new Router({ prefix: '/me' });

me.get('/', async (ctx) => {
  ctx.body = await User.findByPk(ctx.state.user.sub, { attributes: ['id', 'email', 'name', 'role'] });
});

me.patch('/', async (ctx) => {
  await User.update(ctx.request.body, { where: { id: ctx.state.user.sub } });
  ctx.body = { ok: true };
});

module.exports.me = me;
