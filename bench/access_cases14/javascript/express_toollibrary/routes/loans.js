'use strict';

const express = require('express');
const db = require('../db');
const { requireMember, requireLibrarian, volunteerDesk } = require('../middleware/auth');

const router = express.Router();

router.get('/tools', async (req, res) => {
  res.json(await db.tools.all());
});

router.use(requireMember);

router.get('/loans', async (req, res) => {
  res.json(await db.loans.listForMember(req.session.memberId));
});

router.get('/loans/:id', async (req, res) => {
  const loan = await db.loans.findById(req.params.id);
  if (!loan) return res.sendStatus(404);
  res.json(loan);
});

router.patch('/loans/:id/extend', async (req, res) => {
  const loan = await db.loans.findForMember(req.params.id, req.session.memberId);
  if (!loan) return res.sendStatus(404);
  const due = new Date(loan.due_on);
  due.setDate(due.getDate() + 7);
  res.json(await db.loans.extend(loan.id, due));
});

router.post('/loans', async (req, res) => {
  const tool = await db.tools.findById(req.body.toolId);
  if (!tool) return res.status(400).json({ error: 'no such tool' });
  const due = new Date(Date.now() + 14 * 24 * 3600 * 1000);
  res.status(201).json(await db.loans.create(req.session.memberId, tool.id, due));
});

router.patch('/me', async (req, res) => {
  const member = await db.members.findById(req.session.memberId);
  Object.assign(member, req.body);
  res.json(await db.members.save(member));
});

router.patch('/me/contact', async (req, res) => {
  const { phone, email } = req.body;
  const member = { ...req.member, phone: phone ?? req.member.phone, email: email ?? req.member.email };
  res.json(await db.members.save(member));
});

router.post('/tools/:id/retire', [requireLibrarian], async (req, res) => {
  await db.pool.query('UPDATE tools SET retired = true WHERE id = $1', [req.params.id]);
  res.sendStatus(204);
});

router.delete('/tools/:id', async (req, res) => {
  const removed = await db.tools.remove(req.params.id);
  if (!removed) return res.sendStatus(404);
  res.sendStatus(204);
});

router.post('/desk/return/:loanId', volunteerDesk, async (req, res) => {
  await db.pool.query("UPDATE loans SET status = 'returned' WHERE id = $1", [req.params.loanId]);
  res.sendStatus(204);
});

module.exports = router;
