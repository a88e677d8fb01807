'use strict';

const path = require('path');
const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const helmet = require('koa-helmet');
const jwt = require('koa-jwt');
const mount = require('koa-mount');
const serve = require('koa-static');

const config = require('./config');
const publicRoutes = require('./routes/public');
const timesheetRoutes = require('./routes/timesheets');
const adminRoutes = require('./routes/admin');

const app = new Koa();

app.use(helmet());
app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { error: err.expose ? err.message : 'Internal error' };
    if (ctx.status >= 500) ctx.app.emit('error', err, ctx);
  }
});
app.use(bodyParser({ jsonLimit: '1mb' }));

// SPA bundle and the payroll CSV exports written by the nightly job
app.use(serve(path.join(__dirname, 'web', 'dist')));
app.use(mount('/exports', serve(path.join(__dirname, 'var', 'payroll-exports'))));

app.use(publicRoutes.routes()).use(publicRoutes.allowedMethods());

// everything below needs a valid bearer token
app.use(
  jwt({ secret: config.jwtSecret, algorithms: ['HS256'], key: 'user' }).unless({
    // calendar apps cannot send headers: the feed carries its own signed token
    path: [/^\/timesheets\/export\/calendar\.ics$/],
  }),
);

app.use(timesheetRoutes.routes()).use(timesheetRoutes.allowedMethods());
app.use(adminRoutes.routes()).use(adminRoutes.allowedMethods());
app.use(adminRoutes.me.routes()).use(adminRoutes.me.allowedMethods());

module.exports = app;

if (require.main === module) {
  app.listen(config.port, () => console.log(`timesheets listening on ${config.port}`));
}
