const Router = require('@koa/router');
const { Recipe, Cook } = require('../models');
const { authenticated, hasRole } = require('../auth');

const router = new Router({ prefix: '/mod' });
router.use(authenticated, hasRole('moderator'));

router.get('/queue', async (ctx) => {
  ctx.body = await Recipe.findAll({ where: { flagged: true } });
});

router.post('/recipes/:id/hide', async (ctx) => {
  const recipe = await Recipe.findByPk(ctx.params.id);
  if (!recipe) ctx.throw(404);
  await recipe.update({ visibility: 'hidden' });
  ctx.body = recipe;
});

module.exports = router;

const support = new Router({ prefix: '/support' });
support.use(authenticated);

support.post('/cooks/:id/ban', async (ctx) => {
  if (ctx.get('X-Support-Role') !== 'moderator') ctx.throw(403);
  await Cook.update({ banned: true }, { where: { id: ctx.params.id } });
  ctx.status = 204;
});

module.exports.support = support;
