'use strict';

const express = require('express');
const Member = require('../models/member');
const { Invoice } = Member;
const { requireRole } = require('../middleware/auth');

const router = express.Router();

const PROFILE_FIELDS = ['displayName', 'company'];

router.get('/me', (req, res) => {
  const { email, displayName, company, plan } = req.user;
  res.json({ email, displayName, company, plan });
});

router.put('/me', async (req, res) => {
  for (const field of PROFILE_FIELDS) {
    if (field in req.body) req.user[field] = req.body[field];
  }
  await req.user.save();
  res.json({ ok: true });
});

router.post('/me/preferences', async (req, res) => {
  Object.assign(req.user, req.body);
  await req.user.save();
  res.json({ ok: true });
});

router.get('/invoices', async (req, res) => {
  const memberId = req.query.memberId || req.user.id;
  const invoices = await Invoice.find({ member: memberId }).sort({ _id: -1 });
  res.json(invoices);
});

router.get('/invoices/:id', async (req, res) => {
  const invoice = await Invoice.findById(req.params.id);
  if (!invoice || String(invoice.member) !== String(req.user._id)) {
    return res.sendStatus(404);
  }
  return res.json(invoice);
});

router.post('/:id/credit', requireRole('manager'), async (req, res) => {
  const amount = Number.parseInt(req.body.amountCents, 10);
  await Member.updateOne({ _id: req.params.id }, { $inc: { creditCents: amount } });
  res.sendStatus(204);
});

module.exports = router;
