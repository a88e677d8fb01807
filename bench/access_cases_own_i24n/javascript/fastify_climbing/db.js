'use strict';

module.exports = require('knex')({
  client: 'pg',
  connection: process.env.DATABASE_URL,
  pool: { min: 1, max: 8 },
});
