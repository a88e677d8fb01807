'use strict';

const express = require('express');
const Stripe = require('stripe');
const { pool } = require('../db');

const stripe = new Stripe(process.env.STRIPE_KEY);
const router = express.Router();

router.post('/stripe', async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.get('stripe-signature'), process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    return res.sendStatus(400);
  }
  if (event.type === 'checkout.session.completed') {
    await pool.query("UPDATE bookings SET status = 'paid' WHERE checkout_id = $1", [event.data.object.id]);
  }
  return res.sendStatus(204);
});

module.exports = router;
