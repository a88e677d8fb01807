const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const session = require('koa-session');
const router = require('./router');

const app = new Koa();
app.keys = [process.env.COOKIE_KEY];
app.use(bodyParser({ jsonLimit: '1mb' }));
app.use(session({ httpOnly: true, secure: true, sameSite: 'strict' }, app));
app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { error: err.message, stack: err.stack };
  }
});
app.use(router.routes()).use(router.allowedMethods());
app.listen(4000);
