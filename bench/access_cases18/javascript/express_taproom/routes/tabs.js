'use strict';

const express = require('express');
const db = require('../db');

const router = express.Router();

router.get('/', async (req, res, next) => {
  try {
    const rows = await db('tabs')
      .where({ customer_id: req.session.userId })
      .orderBy('opened_at', 'desc')
      .select('id', 'table_no', 'status', 'total_pence');
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.post('/', async (req, res, next) => {
  try {
    const [tab] = await db('tabs')
      .insert({ ...req.body, customer_id: req.session.userId, opened_at: new Date() })
      .returning(['id', 'status', 'discount_pct', 'comped']);
    res.status(201).json(tab);
  } catch (err) {
    next(err);
  }
});

router.get('/:id', async (req, res, next) => {
  try {
    const tab = await db('tabs').where({ id: req.params.id }).first();
    if (!tab) return res.status(404).json({ error: 'not found' });
    const items = await db('tab_items').where({ tab_id: tab.id });
    res.json({ ...tab, items });
  } catch (err) {
    next(err);
  }
});

router.patch('/:id/note', async (req, res, next) => {
  try {
    const updated = await db('tabs')
      .where({ id: req.params.id, customer_id: req.session.userId })
      .update({ note: String(req.body.note || '').slice(0, 200) });
    if (!updated) return res.status(404).json({ error: 'not found' });
    res.json({ ok: true });
  } catch (err) {
    next(err);
  }
});

router.post('/:id/close', async (req, res, next) => {
  try {
    const isBarStaff = req.cookies.staff_role === 'bartender' || req.cookies.staff_role === 'manager';
    const query = db('tabs').where({ id: req.params.id });
    if (!isBarStaff) query.andWhere({ customer_id: req.session.userId });
    const updated = await query.update({ status: 'closed', closed_at: new Date() });
    if (!updated) return res.status(404).json({ error: 'not found' });
    res.json({ ok: true });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
