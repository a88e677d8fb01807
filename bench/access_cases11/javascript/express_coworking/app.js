'use strict';

const path = require('path');
const express = require('express');
const session = require('express-session');
const bcrypt = require('bcrypt');
const Stripe = require('stripe');

const Member = require('./models/member');
const { Invoice } = Member;
const { requireAuth, requireRole, actAs } = require('./middleware/auth');
const bookings = require('./routes/bookings');
const members = require('./routes/members');

const app = express();
const stripe = Stripe(process.env.STRIPE_KEY);

app.post('/webhooks/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.get('stripe-signature'),
      process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    return res.status(400).send('bad signature');
  }
  if (event.type === 'invoice.paid') {
    await Invoice.updateOne({ _id: event.data.object.metadata.invoiceId }, { paid: true });
  }
  return res.json({ received: true });
});

app.use(express.json());
app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, sameSite: 'lax', secure: true },
}));

app.use('/assets', express.static(path.join(__dirname, 'public')));
app.use('/contracts', express.static(path.join(__dirname, 'storage', 'contracts')));

app.get('/healthz', (req, res) => res.json({ ok: true }));

app.post('/login', async (req, res) => {
  const member = await Member.findOne({ email: req.body.email });
  if (!member || !(await bcrypt.compare(req.body.password, member.passwordHash))) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  req.session.regenerate(() => {
    req.session.memberId = member.id;
    res.json({ ok: true });
  });
  return undefined;
});

app.use('/api/bookings', requireAuth, actAs, bookings);
app.use('/api/members', requireAuth, members);

app.get('/api/manager/occupancy', requireAuth, requireRole('manager'), async (req, res) => {
  const counts = await Member.Booking.aggregate([{ $group: { _id: '$date', n: { $sum: 1 } } }]);
  res.json(counts);
});

module.exports = app;
