'use strict';

const express = require('express');
const db = require('../db');

// Used by the cellar tablet and the nightly cron on the same box.
const router = express.Router();

router.post('/kegs/:id/write-off', async (req, res, next) => {
  try {
    await db('kegs').where({ id: req.params.id }).update({ status: 'written_off', remaining_l: 0 });
    await db('stock_log').insert({ keg_id: req.params.id, action: 'write-off', at: new Date() });
    res.json({ ok: true });
  } catch (err) {
    next(err);
  }
});

router.post('/tabs/close-all', async (req, res, next) => {
  try {
    const closed = await db('tabs').where({ status: 'open' })
      .update({ status: 'closed', closed_at: new Date() });
    res.json({ closed });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
