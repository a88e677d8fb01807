'use strict';

const express = require('express');
const { parseId } = require('../auth');

const router = express.Router();

function prismaOf(req) {
  return req.app.locals.prisma;
}

router.get('/', async (req, res, next) => {
  try {
    const collections = await prismaOf(req).collection.findMany({
      where: { ownerId: req.user.id },
      include: { _count: { select: { recipes: true } } },
      orderBy: { name: 'asc' },
    });
    res.json(collections);
  } catch (err) {
    next(err);
  }
});

router.post('/', async (req, res, next) => {
  try {
    const name = String(req.body.name || '').trim();
    if (!name) return res.status(400).json({ error: 'name required' });
    const collection = await prismaOf(req).collection.create({
      data: { name, isPrivate: req.body.isPrivate !== false, ownerId: req.user.id },
    });
    res.status(201).json(collection);
  } catch (err) {
    next(err);
  }
});

router.get('/:id', async (req, res, next) => {
  try {
    const collection = await prismaOf(req).collection.findUnique({
      where: { id: parseId(req.params.id) },
      include: { recipes: { include: { recipe: true } } },
    });
    if (!collection) return res.status(404).json({ error: 'not found' });
    res.json(collection);
  } catch (err) {
    next(err);
  }
});

router.patch('/:id', async (req, res, next) => {
  try {
    const { count } = await prismaOf(req).collection.updateMany({
      where: { id: parseId(req.params.id), ownerId: req.user.id },
      data: { name: String(req.body.name || '').trim() || undefined },
    });
    if (count === 0) return res.status(404).json({ error: 'not found' });
    res.json({ ok: true });
  } catch (err) {
    next(err);
  }
});

router.post('/:id/recipes', async (req, res, next) => {
  try {
    const collectionId = parseId(req.params.id);
    const recipeId = parseId(req.body.recipeId);
    const owned = await prismaOf(req).collection.count({
      where: { id: collectionId, ownerId: req.user.id },
    });
    if (!owned) return res.status(404).json({ error: 'not found' });
    const readable = await prismaOf(req).recipe.count({
      where: { id: recipeId, OR: [{ visibility: 'public' }, { authorId: req.user.id }] },
    });
    if (!readable) return res.status(404).json({ error: 'recipe not found' });
    await prismaOf(req).collectionRecipe.upsert({
      where: { collectionId_recipeId: { collectionId, recipeId } },
      create: { collectionId, recipeId },
      update: {},
    });
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

router.delete('/:id/recipes/:recipeId', async (req, res, next) => {
  try {
    await prismaOf(req).collectionRecipe.deleteMany({
      where: {
        collectionId: parseId(req.params.id),
        recipeId: parseId(req.params.recipeId),
        collection: { ownerId: req.user.id },
      },
    });
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

router.delete('/:id', async (req, res, next) => {
  try {
    const collection = await prismaOf(req).collection.findFirst({
      where: { id: parseId(req.params.id), ownerId: req.user.id },
    });
    if (!collection) return res.status(404).json({ error: 'not found' });
    await prismaOf(req).collection.delete({ where: { id: collection.id } });
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

module.exports = router;
