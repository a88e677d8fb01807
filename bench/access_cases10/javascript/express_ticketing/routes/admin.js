'use strict';

const express = require('express');
const { Order, User } = require('../models');

const router = express.Router();

router.get('/orders', async (req, res) => {
  res.json(await Order.findAll({ order: [['createdAt', 'DESC']], limit: 500 }));
});

router.post('/users/:id/disable', async (req, res) => {
  const user = await User.findByPk(req.params.id);
  if (!user) return res.sendStatus(404);
  await user.update({ disabled: true });
  res.json({ ok: true });
});

module.exports = router;
