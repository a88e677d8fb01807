const bcrypt = require('bcryptjs');
const { Pool } = require('pg');

const pool = new Pool();

async function checkPassword(name, password) {
  const { rows } = await pool.query('SELECT name, dept, hash FROM staff WHERE name = $1', [name]);
  if (rows.length === 0) return null;
  const ok = await bcrypt.compare(String(password), rows[0].hash);
  return ok ? { name: rows[0].name, dept: rows[0].dept } : null;
}

module.exports = { checkPassword };
