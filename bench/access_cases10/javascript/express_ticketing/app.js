'use strict';

const path = require('path');
const express = require('express');
const session = require('express-session');
const serveIndex = require('serve-index');
const { Order, Ticket } = require('./models');
const { requireLogin, requireAdmin, boxOfficeClerk } = require('./middleware/auth');
const orders = require('./routes/orders');
const events = require('./routes/events');
const admin = require('./routes/admin');

const app = express();
app.use(express.json());
app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, sameSite: 'lax', secure: true },
}));

app.use(express.static(path.join(__dirname, 'public')));
app.use('/exports', express.static(path.join(__dirname, 'var/exports')),
  serveIndex(path.join(__dirname, 'var/exports'), { icons: true }));

app.get('/healthz', (req, res) => res.json({ ok: true }));

app.use('/events', events);
app.use('/api', requireLogin, orders);
app.use('/admin', requireLogin, requireAdmin, admin);

app.post('/ops/tickets/void-all', async (req, res) => {
  const n = await Ticket.update({ status: 'void' }, { where: { eventId: req.body.eventId } });
  res.json({ voided: n[0] });
});

app.post('/box-office/sell', boxOfficeClerk, async (req, res) => {
  const order = await Order.create({
    eventId: req.body.eventId,
    quantity: req.body.quantity,
    soldBy: req.clerkId,
    userId: null,
  });
  res.status(201).json(order);
});

module.exports = app;
