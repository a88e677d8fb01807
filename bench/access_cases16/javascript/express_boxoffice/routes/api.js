'use strict';

const express = require('express');
const { one, pool } = require('../db');
const { apiToken } = require('../middleware/auth');

const router = express.Router();
router.use(apiToken);

router.get('/allocations', async (req, res) => {
  const { rows } = await pool.query('SELECT show_id, seats FROM agent_allocations WHERE agent_id = $1', [req.agent.sub]);
  res.json(rows);
});

router.post('/allocations/:showId/sell', async (req, res) => {
  const row = await one(
    'UPDATE agent_allocations SET seats = seats - $1 WHERE show_id = $2 AND agent_id = $3 AND seats >= $1 RETURNING seats',
    [Number(req.body.count), req.params.showId, req.agent.sub],
  );
  return row ? res.json(row) : res.sendStatus(409);
});

module.exports = router;
