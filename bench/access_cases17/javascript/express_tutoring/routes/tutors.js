'use strict';

const express = require('express');
const db = require('../db');
const { ensureAuth, requireRole } = require('../auth');

const router = express.Router();

router.get('/', async (req, res) => {
  res.json(await db('users').where({ role: 'tutor', active: true }).select('id', 'display_name', 'subjects', 'bio'));
});

router.get('/payouts', ensureAuth, requireRole('tutor'), async (req, res) => {
  const tutorId = req.query.tutorId || req.user.id;
  const rows = await db('payouts').where({ tutor_id: tutorId }).orderBy('paid_on', 'desc');
  res.json(rows);
});

router.put('/me/bank', ensureAuth, requireRole('tutor'), async (req, res) => {
  const { sortCode, accountNumber } = req.body;
  await db('users').where({ id: req.user.id }).update({ sort_code: sortCode, account_number: accountNumber });
  res.sendStatus(204);
});

module.exports = router;
