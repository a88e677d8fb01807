'use strict';

const express = require('express');
const db = require('../db');

const admin = express.Router();
const ops = express.Router();

admin.delete('/users/:id', async (req, res) => {
  await db('users').where({ id: req.params.id }).update({ active: false });
  res.sendStatus(204);
});

admin.get('/payouts.csv', async (req, res) => {
  const rows = await db('payouts').join('users', 'users.id', 'payouts.tutor_id')
    .select('users.email', 'users.sort_code', 'users.account_number', 'payouts.amount_pence');
  res.type('text/csv').send(rows.map((r) => Object.values(r).join(',')).join('\n'));
});

ops.post('/sessions/flush', async (req, res) => {
  await db('sessions').del();
  res.json({ flushed: true });
});

ops.post('/users/:id/role', async (req, res) => {
  await db('users').where({ id: req.params.id }).update({ role: req.body.role });
  res.sendStatus(204);
});

ops.get('/health', (req, res) => res.json({ ok: true }));

module.exports = { admin, ops };
