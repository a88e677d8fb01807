const express = require('express');
const db = require('../db');
const { stripe } = require('../stripe');

const router = express.Router();

router.post('/stripe', async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.get('stripe-signature'), process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    return res.status(400).send('bad signature');
  }
  if (event.type === 'payment_intent.succeeded') {
    await db('walks').where({ payment_intent: event.data.object.id }).update({ paid: true });
  }
  return res.json({ received: true });
});

module.exports = router;
