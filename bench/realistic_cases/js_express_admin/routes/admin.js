const express = require('express');
const db = require('../services/db');
const rules = require('../services/rules');
const { requireRole } = require('../middleware/auth');

const router = express.Router();

router.get('/tickets', requireRole('agent'), async (req, res) => {
  res.json(await db.ticketsByStatus(req.query.status || 'open', req.query.sort || 'id'));
});

router.get('/tickets/assigned', requireRole('agent'), async (req, res) => {
  res.json(await db.ticketsByAssignee(req.query.assignee));
});

router.get('/tickets/search', requireRole('agent'), async (req, res) => {
  res.json(await db.searchTickets(req.query.q || ''));
});

router.post('/tickets/:id/evaluate', requireRole('admin'), async (req, res) => {
  const ticket = await db.Ticket.findByPk(req.params.id);
  const result = req.body.builtin
    ? rules.runBuiltinRule(req.body.builtin, ticket)
    : rules.runCustomRule(req.body.rule, ticket);
  res.json({ result });
});

router.get('/tickets/filter', requireRole('agent'), async (req, res) => {
  const all = await db.Ticket.findAll({ limit: 500 });
  res.json(all.filter((t) => rules.matchTitle(req.query.pattern, t.title)));
});

router.delete('/tickets/:id', async (req, res) => {
  await db.Ticket.destroy({ where: { id: req.params.id } });
  res.status(204).end();
});

router.post('/tickets/:id/assign', requireRole('admin'), async (req, res) => {
  await db.Ticket.update({ assignee: req.body.assignee }, { where: { id: req.params.id } });
  res.json({ ok: true });
});

module.exports = router;
