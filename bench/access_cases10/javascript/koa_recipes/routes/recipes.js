const Router = require('@koa/router');
const { Recipe, Comment, PantryItem } = require('../models');
const { authenticated, legacyAppCook } = require('../auth');

const router = new Router({ prefix: '/recipes' });

router.get('/', async (ctx) => {
  ctx.body = await Recipe.findAll({ where: { visibility: 'public' }, limit: 50 });
});

router.post('/', authenticated, async (ctx) => {
  const { title, steps, servings } = ctx.request.body;
  ctx.body = await Recipe.create({ title, steps, servings, authorId: ctx.state.cook.id });
  ctx.status = 201;
});

router.put('/:id', authenticated, async (ctx) => {
  const recipe = await Recipe.findOne({ where: { id: ctx.params.id, authorId: ctx.state.cook.id } });
  if (!recipe) ctx.throw(404);
  recipe.set(ctx.request.body);
  await recipe.save();
  ctx.body = recipe;
});

router.get('/:id/draft', authenticated, async (ctx) => {
  const recipe = await Recipe.findByPk(ctx.params.id);
  if (!recipe) ctx.throw(404);
  if (recipe.authorId !== ctx.state.cook.id) ctx.throw(403);
  ctx.body = recipe;
});

router.delete('/:id/comments/:commentId', async (ctx) => {
  await Comment.destroy({ where: { id: ctx.params.commentId, recipeId: ctx.params.id } });
  ctx.status = 204;
});

router.get('/pantry/:itemId', authenticated, async (ctx) => {
  const item = await PantryItem.findByPk(ctx.params.itemId);
  if (!item) ctx.throw(404);
  ctx.body = item;
});

router.post('/mobile/favourites', legacyAppCook, async (ctx) => {
  await ctx.state.cook.addFavourite(ctx.request.body.recipeId);
  ctx.status = 204;
});

module.exports = router;
