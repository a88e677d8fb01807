'use strict';

const express = require('express');
const { pool } = require('../db');
const { requireRole } = require('../middleware/auth');

const router = express.Router();

router.get('/my-visits', async (req, res) => {
  const { rows } = await pool.query(
    'SELECT s.title, s.starts_at FROM bookings b JOIN shows s ON s.id = b.show_id WHERE b.patron_id = $1',
    [req.session.patronId],
  );
  res.json(rows);
});

router.get('/sales', requireRole('manager'), async (req, res) => {
  const { rows } = await pool.query('SELECT show_id, count(*) AS sold, sum(total_pence) AS takings FROM bookings GROUP BY show_id');
  res.json(rows);
});

router.get('/patrons.csv', async (req, res) => {
  const { rows } = await pool.query('SELECT name, email, phone, postcode FROM patrons ORDER BY name');
  res.type('text/csv').send(rows.map((r) => [r.name, r.email, r.phone, r.postcode].join(',')).join('\n'));
});

router.get('/gift-aid', requireRole('manager'), async (req, res) => {
  const { rows } = await pool.query('SELECT name, postcode, sum(donation_pence) AS total FROM patrons JOIN donations d ON d.patron_id = patrons.id GROUP BY name, postcode');
  res.json(rows);
});

module.exports = router;
