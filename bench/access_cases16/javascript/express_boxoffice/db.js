'use strict';

const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function one(sql, params) {
  const { rows } = await pool.query(sql, params);
  return rows[0] || null;
}

const patrons = {
  byId: (id) => one('SELECT * FROM patrons WHERE id = $1', [id]),
  async update(id, changes) {
    const keys = Object.keys(changes);
    if (keys.length === 0) return this.byId(id);
    const sets = keys.map((k, i) => `"${k.replace(/"/g, '')}" = $${i + 2}`).join(', ');
    return one(`UPDATE patrons SET ${sets} WHERE id = $1 RETURNING *`, [id, ...keys.map((k) => changes[k])]);
  },
};

module.exports = { pool, one, patrons };
