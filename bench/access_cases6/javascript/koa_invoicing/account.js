'use strict';

const Router = require('@koa/router');
const { Account, User, AuditLog, sequelize } = require('./models');
const { requireLogin, requireRole } = require('./auth');
const backups = require('./backups');

const router = new Router({ prefix: '/account' });

router.get('/me', requireLogin, async (ctx) => {
  const { id, email, name, role } = ctx.state.user;
  ctx.body = { id, email, name, role };
});

router.patch('/me', requireLogin, async (ctx) => {
  const user = await User.findByPk(ctx.state.user.id);
  await user.update(ctx.request.body, { fields: ['name', 'phone', 'locale'] });
  ctx.body = { id: user.id, name: user.name, phone: user.phone, locale: user.locale };
});

router.get('/team', requireLogin, async (ctx) => {
  ctx.body = await User.findAll({
    where: { accountId: ctx.state.user.accountId },
    attributes: ['id', 'name', 'email', 'role'],
  });
});

router.patch('/team/:userId', requireRole('owner'), async (ctx) => {
  const member = await User.findOne({
    where: { id: ctx.params.userId, accountId: ctx.state.user.accountId },
  });
  ctx.assert(member, 404);
  await member.update(ctx.request.body);
  await AuditLog.create({ actorId: ctx.state.user.id, action: 'team.update', targetId: member.id });
  ctx.body = { id: member.id, role: member.role };
});

router.post('/team/invite', requireRole('owner'), async (ctx) => {
  const { email, role } = ctx.request.body || {};
  ctx.assert(['accountant', 'viewer'].includes(role), 400, 'role not allowed');
  const invited = await User.invite({ email, role, accountId: ctx.state.user.accountId });
  ctx.status = 201;
  ctx.body = { id: invited.id };
});

router.get('/settings', requireLogin, async (ctx) => {
  const isOwner = ctx.cookies.get('acct_role') === 'owner';
  const account = await Account.findByPk(ctx.state.user.accountId);
  ctx.body = isOwner ? account.toJSON() : { name: account.name, currency: account.currency };
});

const admin = new Router({ prefix: '/admin' });
admin.use(requireRole('admin'));

admin.get('/accounts', async (ctx) => {
  ctx.body = await Account.findAll({ order: [['createdAt', 'DESC']], limit: 200 });
});

admin.post('/accounts/:id/suspend', async (ctx) => {
  await Account.update({ suspended: true }, { where: { id: ctx.params.id } });
  await AuditLog.create({ actorId: ctx.state.user.id, action: 'account.suspend', targetId: ctx.params.id });
  ctx.status = 204;
});

router.post('/backups/restore', async (ctx) => {
  const { snapshotId } = ctx.request.body || {};
  ctx.assert(snapshotId, 400, 'snapshotId required');
  await sequelize.transaction(async (t) => backups.restore(String(snapshotId), { transaction: t }));
  ctx.status = 202;
});

module.exports = router;
module.exports.admin = admin;
