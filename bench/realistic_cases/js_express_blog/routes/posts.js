const express = require('express');
const escapeHtml = require('escape-html');
const db = require('../db');
const { requireUser } = require('../auth');

const router = express.Router();

router.get('/', async (req, res) => {
  const posts = await db.findPosts(req.query.tag, req.query.author);
  res.json(posts);
});

router.get('/search', (req, res) => {
  const q = req.query.q || '';
  res.send(`<h1>Results for ${q}</h1><div id="results"></div>`);
});

router.get('/search/safe', (req, res) => {
  const q = escapeHtml(req.query.q || '');
  res.send(`<h1>Results for ${q}</h1>`);
});

router.get('/:slug', async (req, res, next) => {
  try {
    const post = await db.postBySlug(req.params.slug);
    if (!post) return res.status(404).end();
    return res.render('post', { post });
  } catch (err) {
    return next(err);
  }
});

router.post('/:id/comments', requireUser, async (req, res) => {
  await db.addComment(req.params.id, req.user.sub, req.body.body);
  res.status(201).json({ ok: true });
});

router.get('/comments/recent', async (req, res) => {
  res.json(await db.recentComments(req.query.limit));
});

module.exports = router;
