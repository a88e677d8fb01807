'use strict';

const express = require('express');
const User = require('../models/user');
const Show = require('../models/show');

// Mounted in app.js behind ensureLoggedIn + requireRole('admin').
const router = express.Router();

router.get('/users', async (req, res) => {
  res.json(await User.find().select('email role createdAt').lean());
});

router.post('/users/:id/role', async (req, res) => {
  const role = ['listener', 'host', 'admin'].includes(req.body.role) ? req.body.role : null;
  if (!role) return res.sendStatus(400);
  await User.updateOne({ _id: req.params.id }, { role });
  res.sendStatus(204);
});

router.delete('/shows/:id', async (req, res) => {
  await Show.deleteOne({ _id: req.params.id });
  res.sendStatus(204);
});

module.exports = router;
