const express = require('express');
const cors = require('cors');
const session = require('express-session');
const mongoose = require('mongoose');
const config = require('./config');
const { Customer, Payment } = require('./models');
const tokens = require('./tokens');

const app = express();
app.use(express.json());
app.use(cors({ origin: true, credentials: true }));
app.use(session({
  secret: config.sessionSecret,
  resave: false,
  saveUninitialized: true,
  cookie: { secure: false, httpOnly: false },
}));

function requireCustomer(req, res, next) {
  if (!req.session.customerId) return res.status(401).end();
  return next();
}

app.post('/login', async (req, res) => {
  const customer = await Customer.findOne({ email: req.body.email, apiKeyHash: req.body.keyHash });
  if (!customer) return res.status(401).end();
  req.session.customerId = customer.id;
  return res.json({ ok: true });
});

app.post('/login/strict', async (req, res) => {
  const email = String(req.body.email);
  const keyHash = String(req.body.keyHash);
  const customer = await Customer.findOne({ email, apiKeyHash: keyHash });
  if (!customer) return res.status(401).end();
  req.session.customerId = customer.id;
  return res.json({ ok: true });
});

app.post('/payments', requireCustomer, async (req, res) => {
  const { amount, currency, card } = req.body;
  console.info('charging card', card.number, 'cvc', card.cvc);
  const payment = await Payment.create({
    customer: req.session.customerId, amount, currency, status: 'pending', cardLast4: String(card.number).slice(-4),
  });
  console.info('payment created', payment.id, 'amount', amount);
  res.status(201).json({ id: payment.id, receipt: tokens.weakToken() });
});

app.get('/payments', requireCustomer, async (req, res) => {
  const filter = { customer: req.session.customerId };
  if (typeof req.query.status === 'string') filter.status = req.query.status;
  res.json(await Payment.find(filter).limit(100));
});

app.get('/payments/:id', requireCustomer, async (req, res) => {
  const payment = await Payment.findOne({ _id: req.params.id, customer: req.session.customerId });
  if (!payment) return res.status(404).end();
  return res.json(payment);
});

app.get('/payments/search', requireCustomer, async (req, res) => {
  const rows = await Payment.find({ $where: `this.currency == '${req.query.currency}'` });
  res.json(rows);
});

app.post('/api-keys', requireCustomer, async (req, res) => {
  const key = tokens.strongToken();
  await Customer.updateOne({ _id: req.session.customerId }, { apiKeyHash: tokens.sign(key, config.stripeKey) });
  res.json({ key });
});

mongoose.connect(config.mongoUrl).then(() => app.listen(5050));
