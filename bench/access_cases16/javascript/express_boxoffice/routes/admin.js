'use strict';

const express = require('express');
const { one, pool } = require('../db');

const router = express.Router();

router.post('/shows/:id/cancel', async (req, res) => {
  const show = await one("UPDATE shows SET status = 'cancelled' WHERE id = $1 RETURNING id", [req.params.id]);
  if (!show) return res.sendStatus(404);
  await pool.query("UPDATE bookings SET status = 'refund_due' WHERE show_id = $1 AND status = 'paid'", [req.params.id]);
  return res.json(show);
});

router.delete('/patrons/:id', async (req, res) => {
  await pool.query('DELETE FROM patrons WHERE id = $1', [req.params.id]);
  res.sendStatus(204);
});

module.exports = router;
