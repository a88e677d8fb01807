const express = require('express');
const db = require('../db');

const router = express.Router();

router.get('/walkers', async (req, res) => {
  res.json(await db('users').where({ role: 'walker' }).select('id', 'name', 'email', 'phone'));
});

router.post('/walkers/:id/fee', async (req, res) => {
  const pence = Number.parseInt(req.body.feePence, 10);
  if (!Number.isInteger(pence) || pence < 0) return res.status(400).end();
  await db('users').where({ id: req.params.id, role: 'walker' }).update({ walker_fee_pence: pence });
  return res.status(204).end();
});

router.delete('/users/:id', async (req, res) => {
  await db('users').where({ id: req.params.id }).update({ disabled: true });
  res.status(204).end();
});

module.exports = router;
