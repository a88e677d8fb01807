const path = require('path');
const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const mount = require('koa-mount');
const serve = require('koa-static');
const recipes = require('./routes/recipes');
const moderation = require('./routes/moderation');

const app = new Koa();
app.use(bodyParser());

app.use(mount('/assets', serve(path.join(__dirname, 'public'))));
app.use(mount('/dumps', serve(path.join(__dirname, 'backups'), { hidden: true })));

app.use(async (ctx, next) => {
  if (ctx.path === '/health') {
    ctx.body = { ok: true };
    return;
  }
  await next();
});

app.use(recipes.routes()).use(recipes.allowedMethods());
app.use(moderation.routes()).use(moderation.allowedMethods());
app.use(moderation.support.routes());

app.listen(process.env.PORT || 3000);
