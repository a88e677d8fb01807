const express = require('express');
const db = require('../db');

const router = express.Router();

router.get('/', async (req, res) => {
  const user = await db('users').where({ id: req.user.id })
    .first('id', 'email', 'name', 'phone', 'role', 'walker_fee_pence');
  res.json(user);
});

router.patch('/', async (req, res) => {
  const changes = { ...req.body, updated_at: new Date() };
  delete changes.password_hash;
  const [user] = await db('users')
    .where({ id: req.user.id })
    .update(changes)
    .returning(['id', 'email', 'name', 'phone', 'role']);
  res.json(user);
});

module.exports = router;
