'use strict';

const express = require('express');
const { one, pool, patrons } = require('../db');

const router = express.Router();

router.get('/', async (req, res) => {
  const { rows } = await pool.query('SELECT * FROM bookings WHERE patron_id = $1 ORDER BY created_at DESC', [req.session.patronId]);
  res.json(rows);
});

router.get('/:id', async (req, res) => {
  const booking = await one('SELECT * FROM bookings WHERE id = $1 AND patron_id = $2', [req.params.id, req.session.patronId]);
  if (!booking) return res.sendStatus(404);
  return res.json(booking);
});

router.get('/:id/tickets', async (req, res) => {
  const { rows } = await pool.query(
    'SELECT t.seat, t.barcode, s.title, s.starts_at FROM tickets t JOIN shows s ON s.id = t.show_id WHERE t.booking_id = $1',
    [req.params.id],
  );
  res.json(rows);
});

router.post('/:id/refund', async (req, res) => {
  const booking = await one("UPDATE bookings SET status = 'refund_requested' WHERE id = $1 AND status = 'paid' RETURNING id, status", [req.params.id]);
  if (!booking) return res.sendStatus(409);
  return res.json(booking);
});

router.post('/transfer', async (req, res) => {
  const recipient = await one('SELECT id FROM patrons WHERE email = $1', [req.body.email]);
  if (!recipient) return res.sendStatus(404);
  const moved = await one('UPDATE bookings SET patron_id = $1 WHERE id = $2 AND patron_id = $3 RETURNING id',
    [recipient.id, req.body.bookingId, req.session.patronId]);
  return moved ? res.json(moved) : res.sendStatus(404);
});

router.patch('/account', async (req, res) => {
  const updated = await patrons.update(req.session.patronId, req.body);
  res.json(updated);
});

router.patch('/account/preferences', async (req, res) => {
  const { newsletter, accessibilityNotes } = req.body;
  const updated = await patrons.update(req.session.patronId, {
    newsletter: Boolean(newsletter),
    accessibility_notes: String(accessibilityNotes || '').slice(0, 500),
  });
  res.json({ newsletter: updated.newsletter, accessibilityNotes: updated.accessibility_notes });
});

module.exports = router;
