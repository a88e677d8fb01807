'use strict';

const Router = require('@koa/router');
const argon2 = require('argon2');
const { User } = require('./models');

async function loadUser(ctx, next) {
  const userId = ctx.session && ctx.session.userId;
  if (userId) {
    const user = await User.findByPk(userId, {
      attributes: ['id', 'email', 'name', 'role', 'accountId', 'active'],
    });
    if (user && user.active) {
      ctx.state.user = user;
    } else {
      ctx.session = null;
    }
  }
  await next();
}

async function requireLogin(ctx, next) {
  if (!ctx.state.user) {
    ctx.throw(401, 'login required');
  }
  await next();
}

function requireRole(...roles) {
  return async (ctx, next) => {
    if (!ctx.state.user) {
      ctx.throw(401, 'login required');
    }
    if (!roles.includes(ctx.state.user.role)) {
      ctx.throw(403, 'forbidden');
    }
    await next();
  };
}

const router = new Router({ prefix: '/auth' });

router.post('/login', async (ctx) => {
  const { email, password } = ctx.request.body || {};
  const user = await User.scope('withPassword').findOne({
    where: { email: String(email || '').toLowerCase() },
  });
  if (!user || !user.active || !(await argon2.verify(user.passwordHash, String(password || '')))) {
    ctx.throw(401, 'bad credentials');
  }
  ctx.session.userId = user.id;
  ctx.body = { id: user.id, name: user.name };
});

router.post('/logout', requireLogin, async (ctx) => {
  ctx.session = null;
  ctx.status = 204;
});

router.post('/password-reset', async (ctx) => {
  const email = String((ctx.request.body || {}).email || '').toLowerCase();
  const user = await User.findOne({ where: { email } });
  if (user) {
    await user.issuePasswordResetMail();
  }
  ctx.status = 202;
});

module.exports = { router, loadUser, requireLogin, requireRole };
