'use strict';

const express = require('express');
const { Invoice, Post } = require('./models');

const router = express.Router();

router.get('/invoices/:id', async (req, res) => {
  const invoice = await Invoice.findByPk(req.params.id);
  if (!invoice) return res.sendStatus(404);
  res.json(invoice);
});

router.post('/invoices/:id/dispute', async (req, res) => {
  const invoice = await Invoice.findByPk(req.params.id);
  if (!invoice || invoice.patientId !== req.user.id) {
    return res.status(404).json({ error: 'not found' });
  }
  await invoice.update({ disputed: true });
  res.json(invoice);
});

router.get('/invoices/shared/:token', async (req, res) => {
  const invoice = await Invoice.findOne({ where: { shareToken: req.params.token } });
  if (!invoice) return res.sendStatus(404);
  res.json({ total: invoice.total });
});

router.get('/posts/:id', async (req, res) => {
  res.json(await Post.findByPk(req.params.id));
});

router.put('/posts/:id', async (req, res) => {
  const post = await Post.findByPk(req.params.id);
  if (!post || post.authorId !== req.user.id) return res.sendStatus(403);
  await post.update({ title: req.body.title });
  res.json(post);
});

module.exports = router;
