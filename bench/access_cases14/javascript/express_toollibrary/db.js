'use strict';

const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function one(sql, params) {
  const { rows } = await pool.query(sql, params);
  return rows[0] || null;
}

async function many(sql, params) {
  const { rows } = await pool.query(sql, params);
  return rows;
}

const members = {
  findById: (id) => one('SELECT * FROM members WHERE id = $1', [id]),
  findByEmail: (email) => one('SELECT * FROM members WHERE email = $1', [email]),
  save: (m) =>
    one(
      `UPDATE members SET name = $2, email = $3, phone = $4, role = $5,
         deposit_paid = $6, max_loans = $7, banned = $8 WHERE id = $1 RETURNING *`,
      [m.id, m.name, m.email, m.phone, m.role, m.depositPaid, m.maxLoans, m.banned]
    ),
};

const tools = {
  all: () => many('SELECT * FROM tools WHERE retired = false ORDER BY name'),
  findById: (id) => one('SELECT * FROM tools WHERE id = $1', [id]),
  remove: (id) => one('DELETE FROM tools WHERE id = $1 RETURNING id', [id]),
};

const loans = {
  findById: (id) => one('SELECT * FROM loans WHERE id = $1', [id]),
  findForMember: (id, memberId) =>
    one('SELECT * FROM loans WHERE id = $1 AND member_id = $2', [id, memberId]),
  listForMember: (memberId) =>
    many('SELECT * FROM loans WHERE member_id = $1 ORDER BY due_on DESC', [memberId]),
  create: (memberId, toolId, dueOn) =>
    one(
      'INSERT INTO loans (member_id, tool_id, due_on) VALUES ($1, $2, $3) RETURNING *',
      [memberId, toolId, dueOn]
    ),
  extend: (id, dueOn) => one('UPDATE loans SET due_on = $2 WHERE id = $1 RETURNING *', [id, dueOn]),
  writeOffOverdue: () =>
    many(
      `UPDATE loans SET status = 'written_off' WHERE due_on < now() - interval '90 days'
         AND status = 'out' RETURNING id`
    ),
};

module.exports = { pool, members, tools, loans };
