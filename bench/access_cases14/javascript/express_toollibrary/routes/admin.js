'use strict';

const express = require('express');
const db = require('../db');

const router = express.Router();

router.post('/members/:id/ban', async (req, res) => {
  await db.pool.query('UPDATE members SET banned = true WHERE id = $1', [req.params.id]);
  res.sendStatus(204);
});

router.get('/members/export', async (req, res) => {
  const { rows } = await db.pool.query('SELECT id, name, email, phone FROM members');
  res.type('text/csv').send(rows.map((r) => [r.id, r.name, r.email, r.phone].join(',')).join('\n'));
});

async function writeOffOverdue(req, res) {
  const rows = await db.loans.writeOffOverdue();
  res.json({ writtenOff: rows.length });
}

module.exports = { router, writeOffOverdue };
