'use strict';

const express = require('express');
const { requireAuth, requireRole, parseId } = require('../auth');

const router = express.Router();

function prismaOf(req) {
  return req.app.locals.prisma;
}

router.post('/recipes/:id/unpublish', async (req, res, next) => {
  try {
    const recipe = await prismaOf(req).recipe.update({
      where: { id: parseId(req.params.id) },
      data: { visibility: 'private', moderatedAt: new Date() },
      select: { id: true, visibility: true },
    });
    res.json(recipe);
  } catch (err) {
    if (err.code === 'P2025') return res.status(404).json({ error: 'not found' });
    next(err);
  }
});

router.use(requireAuth, requireRole('admin', 'moderator'));

router.get('/users', async (req, res, next) => {
  try {
    const q = String(req.query.q || '');
    const users = await prismaOf(req).user.findMany({
      where: q ? { email: { contains: q, mode: 'insensitive' } } : undefined,
      select: { id: true, email: true, displayName: true, role: true, bannedAt: true },
      take: 50,
    });
    res.json(users);
  } catch (err) {
    next(err);
  }
});

router.post('/users/:id/ban', requireRole('admin'), async (req, res, next) => {
  try {
    const id = parseId(req.params.id);
    if (id === req.user.id) return res.status(400).json({ error: 'cannot ban yourself' });
    await prismaOf(req).$transaction([
      prismaOf(req).user.update({ where: { id }, data: { bannedAt: new Date() } }),
      prismaOf(req).recipe.updateMany({ where: { authorId: id }, data: { visibility: 'private' } }),
    ]);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

router.patch('/users/:id/role', requireRole('admin'), async (req, res, next) => {
  try {
    const role = String(req.body.role || '');
    if (!['member', 'moderator', 'admin'].includes(role)) {
      return res.status(400).json({ error: 'unknown role' });
    }
    const user = await prismaOf(req).user.update({
      where: { id: parseId(req.params.id) },
      data: { role },
      select: { id: true, role: true },
    });
    res.json(user);
  } catch (err) {
    next(err);
  }
});

router.get('/reports/weekly', async (req, res, next) => {
  try {
    const since = new Date(Date.now() - 7 * 24 * 3600 * 1000);
    const [users, recipes, comments] = await Promise.all([
      prismaOf(req).user.count({ where: { createdAt: { gte: since } } }),
      prismaOf(req).recipe.count({ where: { createdAt: { gte: since } } }),
      prismaOf(req).comment.count({ where: { createdAt: { gte: since } } }),
    ]);
    res.json({ since, users, recipes, comments });
  } catch (err) {
    next(err);
  }
});

router.delete('/comments/:id', async (req, res, next) => {
  try {
    await prismaOf(req).comment.delete({ where: { id: parseId(req.params.id) } });
    res.status(204).end();
  } catch (err) {
    if (err.code === 'P2025') return res.status(404).json({ error: 'not found' });
    next(err);
  }
});

module.exports = router;
