const Router = require('@koa/router');
const users = require('./users');

const router = new Router({ prefix: '/api' });

async function requireSession(ctx, next) {
  if (!ctx.session || !ctx.session.userId) {
    ctx.throw(401, 'login required');
  }
  await next();
}

router.post('/users', async (ctx) => {
  const { username, password } = ctx.request.body;
  console.log('creating user', username, 'with password', password);
  const id = await users.createUser(username, password);
  ctx.status = 201;
  ctx.body = { id };
});

router.get('/users/lookup', requireSession, async (ctx) => {
  ctx.body = await users.findUser(ctx.query.username);
});

router.get('/users/:id', requireSession, async (ctx) => {
  ctx.body = await users.userById(ctx.params.id);
});

router.get('/prefs', requireSession, async (ctx) => {
  const raw = ctx.cookies.get('prefs') || 'e30=';
  ctx.body = users.restorePreferences(raw);
});

router.get('/prefs/json', requireSession, async (ctx) => {
  ctx.body = users.readPreferences(ctx.cookies.get('prefs') || 'e30=');
});

router.post('/calc', requireSession, async (ctx) => {
  const { expr } = ctx.request.body;
  ctx.body = { result: eval(expr) };
});

router.delete('/users/:id', async (ctx) => {
  await require('./db').query('DELETE FROM users WHERE id = $1', [ctx.params.id]);
  ctx.status = 204;
});

router.get('/checksum', requireSession, async (ctx) => {
  ctx.body = { sum: users.fingerprint(Buffer.from(ctx.query.data || '')) };
});

module.exports = router;
