const express = require('express');
const Page = require('./models/page');

const router = express.Router();

router.get('/', async (req, res) => {
  const mine = await Page.find({ author: req.user.id }).sort('-updatedAt').lean();
  res.json(mine);
});

router.get('/drafts', async (req, res) => {
  const owner = req.get('X-Wiki-User');
  const drafts = await Page.find({ author: owner, draft: true }).lean();
  res.json(drafts);
});

router.put('/:id', async (req, res) => {
  const page = await Page.findOneAndUpdate(
    { _id: req.params.id, author: req.user.id },
    { title: req.body.title, body: req.body.body },
    { new: true },
  );
  if (!page) return res.status(404).end();
  res.json(page);
});

router.delete('/:id', async (req, res) => {
  await Page.findByIdAndDelete(req.params.id);
  res.status(204).end();
});

router.get('/:id/history', async (req, res) => {
  const page = await Page.findOne({ _id: req.params.id, author: req.user.id });
  if (!page) return res.status(404).end();
  res.json(page.revisions);
});

module.exports = router;
