'use strict';

const express = require('express');
const { optionalAuth, requireAuth, parseId, pick } = require('../auth');

const router = express.Router();
const RECIPE_FIELDS = ['title', 'summary', 'ingredients', 'steps', 'servings', 'tags', 'visibility'];

function prismaOf(req) {
  return req.app.locals.prisma;
}

router.get('/', optionalAuth, async (req, res, next) => {
  try {
    const page = Math.max(1, Number(req.query.page) || 1);
    const where = req.user
      ? { OR: [{ visibility: 'public' }, { authorId: req.user.id }] }
      : { visibility: 'public' };
    const recipes = await prismaOf(req).recipe.findMany({
      where,
      orderBy: { createdAt: 'desc' },
      skip: (page - 1) * 20,
      take: 20,
      select: { id: true, title: true, summary: true, authorId: true, visibility: true },
    });
    res.json(recipes);
  } catch (err) {
    next(err);
  }
});

router.get('/:id', optionalAuth, async (req, res, next) => {
  try {
    const recipe = await prismaOf(req).recipe.findUnique({
      where: { id: parseId(req.params.id) },
      include: { author: { select: { id: true, displayName: true } } },
    });
    if (!recipe) return res.status(404).json({ error: 'not found' });
    if (recipe.visibility !== 'public' && recipe.authorId !== req.user?.id) {
      return res.status(404).json({ error: 'not found' });
    }
    res.json(recipe);
  } catch (err) {
    next(err);
  }
});

router.post('/', requireAuth, async (req, res, next) => {
  try {
    const data = pick(req.body, RECIPE_FIELDS);
    const recipe = await prismaOf(req).recipe.create({
      data: { ...data, authorId: req.user.id },
    });
    res.status(201).json(recipe);
  } catch (err) {
    next(err);
  }
});

router.put('/:id', requireAuth, async (req, res, next) => {
  try {
    const recipe = await prismaOf(req).recipe.update({
      where: { id: parseId(req.params.id) },
      data: pick(req.body, RECIPE_FIELDS),
    });
    res.json(recipe);
  } catch (err) {
    if (err.code === 'P2025') return res.status(404).json({ error: 'not found' });
    next(err);
  }
});

router.delete('/:id', requireAuth, async (req, res, next) => {
  try {
    const { count } = await prismaOf(req).recipe.deleteMany({
      where: { id: parseId(req.params.id), authorId: req.user.id },
    });
    if (count === 0) return res.status(404).json({ error: 'not found' });
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

router.get('/:id/comments', async (req, res, next) => {
  try {
    const comments = await prismaOf(req).comment.findMany({
      where: { recipeId: parseId(req.params.id), recipe: { visibility: 'public' } },
      orderBy: { createdAt: 'asc' },
      include: { author: { select: { displayName: true } } },
    });
    res.json(comments);
  } catch (err) {
    next(err);
  }
});

router.post('/:id/comments', requireAuth, async (req, res, next) => {
  try {
    const recipeId = parseId(req.params.id);
    const recipe = await prismaOf(req).recipe.findFirst({
      where: { id: recipeId, OR: [{ visibility: 'public' }, { authorId: req.user.id }] },
      select: { id: true },
    });
    if (!recipe) return res.status(404).json({ error: 'not found' });
    const comment = await prismaOf(req).comment.create({
      data: {
        recipeId,
        authorId: Number(req.body.authorId),
        body: String(req.body.body || '').slice(0, 2000),
      },
    });
    res.status(201).json(comment);
  } catch (err) {
    next(err);
  }
});

router.delete('/:id/comments/:commentId', requireAuth, async (req, res, next) => {
  try {
    const comment = await prismaOf(req).comment.findUnique({
      where: { id: parseId(req.params.commentId) },
      include: { recipe: { select: { authorId: true } } },
    });
    const allowed = comment
      && (comment.authorId === req.user.id || comment.recipe.authorId === req.user.id);
    if (!allowed) return res.status(404).json({ error: 'not found' });
    await prismaOf(req).comment.delete({ where: { id: comment.id } });
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

module.exports = router;
