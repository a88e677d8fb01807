'use strict';

const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const session = require('koa-session');
const CSRF = require('koa-csrf');
const helmet = require('koa-helmet');

const { sequelize } = require('./models');
const { loadUser } = require('./auth');
const authRoutes = require('./auth').router;
const invoices = require('./invoices');
const account = require('./account');

const app = new Koa();
app.keys = [process.env.SESSION_KEY_CURRENT, process.env.SESSION_KEY_PREVIOUS].filter(Boolean);

const csrf = new CSRF({
  invalidTokenMessage: 'Invalid CSRF token',
  invalidTokenStatusCode: 403,
});

const CSRF_EXEMPT = new Set([
  '/webhooks/payments',
  '/billing/payment-method',
]);

async function csrfUnlessExempt(ctx, next) {
  if (CSRF_EXEMPT.has(ctx.path)) {
    return next();
  }
  return csrf(ctx, next);
}

app.use(helmet());
app.use(
  session(
    {
      key: 'inv.sid',
      maxAge: 8 * 60 * 60 * 1000,
      httpOnly: true,
      secure: true,
      sameSite: 'lax',
      signed: true,
    },
    app,
  ),
);
app.use(bodyParser({ jsonLimit: '256kb' }));
app.use(csrfUnlessExempt);
app.use(loadUser);

const root = new Router();

root.get('/healthz', async (ctx) => {
  await sequelize.authenticate();
  ctx.body = { ok: true };
});

root.get('/csrf-token', async (ctx) => {
  ctx.body = { csrf: ctx.csrf };
});

app.use(root.routes()).use(root.allowedMethods());
app.use(authRoutes.routes()).use(authRoutes.allowedMethods());
app.use(invoices.routes()).use(invoices.allowedMethods());
app.use(account.routes()).use(account.allowedMethods());
app.use(account.admin.routes()).use(account.admin.allowedMethods());

app.on('error', (err, ctx) => {
  console.error('request failed', ctx && ctx.path, err.message);
});

if (require.main === module) {
  sequelize.sync().then(() => app.listen(Number(process.env.PORT || 3000)));
}

module.exports = app;
