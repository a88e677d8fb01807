'use strict';

const { one } = require('../db');

module.exports = async function issueComps(req, res) {
  const { showId, seats, reason } = req.body;
  const batch = await one('INSERT INTO comp_batches (show_id, seats, reason) VALUES ($1, $2, $3) RETURNING id', [showId, seats, reason]);
  res.status(201).json(batch);
};
