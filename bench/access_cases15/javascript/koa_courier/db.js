'use strict';

const knex = require('knex');

const db = knex({
  client: 'pg',
  connection: process.env.DISPATCH_DATABASE_URL,
  pool: { min: 0, max: 8 },
});

module.exports = db;
