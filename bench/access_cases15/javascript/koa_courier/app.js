'use strict';

const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const mount = require('koa-mount');
const serve = require('koa-static');
const jobs = require('./routes/jobs');
const riders = require('./routes/riders');

const app = new Koa();
app.use(bodyParser());

app.use(mount('/static', serve('public')));
app.use(mount('/manifests', serve('var/signed-manifests')));

const root = new Router();
root.get('/healthz', (ctx) => {
  ctx.body = { ok: true };
});
root.get('/quote', (ctx) => {
  const km = Number(ctx.query.km || 0);
  ctx.body = { priceCents: Math.round(450 + km * 120) };
});

app.use(root.routes());
app.use(jobs.routes());
app.use(riders.routes());

app.listen(Number(process.env.PORT || 4000));
