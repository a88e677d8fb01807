'use strict';

const express = require('express');
const db = require('../db');

const router = express.Router();

router.get('/tabs/open', async (req, res, next) => {
  try {
    res.json(await db('tabs').where({ status: 'open' }).select('id', 'table_no', 'total_pence'));
  } catch (err) {
    next(err);
  }
});

router.post('/beers/:id/price', async (req, res, next) => {
  try {
    const price = Number.parseInt(req.body.price_pence, 10);
    if (!Number.isInteger(price) || price <= 0) return res.status(400).json({ error: 'bad price' });
    await db('beers').where({ id: req.params.id }).update({ price_pence: price });
    res.json({ ok: true });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
