'use strict';
const express = require('express');

const router = express.Router();

router.get('/', (req, res) => {
  const { id, email, name, phone, plan, balanceCents } = req.user;
  res.json({ id, email, name, phone, plan, balanceCents });
});

router.patch('/contact', async (req, res) => {
  const { name, phone } = req.body;
  await req.user.update({ name, phone });
  res.json({ ok: true });
});

router.put('/', async (req, res) => {
  delete req.body.id;
  await req.user.update(req.body);
  res.json({ ok: true, plan: req.user.plan });
});

module.exports = router;
