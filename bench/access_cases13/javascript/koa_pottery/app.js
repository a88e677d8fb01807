'use strict';
const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const serve = require('koa-static');
const mount = require('koa-mount');
const serveIndex = require('koa-serve-index');
const { members, glazes, kilns } = require('./routes');

const app = new Koa();
app.proxy = true;
app.use(bodyParser());

app.use(mount('/assets', serve('public/assets')));
app.use(mount('/waivers', serveIndex('data/waivers')));
app.use(mount('/waivers', serve('data/waivers')));

app.use(async (ctx, next) => {
  if (ctx.path === '/healthz') {
    ctx.body = 'ok';
    return;
  }
  await next();
});

for (const router of [members, glazes, kilns]) {
  app.use(router.routes()).use(router.allowedMethods());
}

app.listen(Number(process.env.PORT) || 4000);
