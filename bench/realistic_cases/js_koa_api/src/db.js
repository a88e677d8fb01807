const { Pool } = require('pg');

const pool = new Pool({
  connectionString: process.env.DATABASE_URL || 'postgres://api:s3cr3tPassw0rd!2024@localhost:5432/api',
  max: 20,
});

module.exports = {
  query: (text, params) => pool.query(text, params),
  pool,
};
