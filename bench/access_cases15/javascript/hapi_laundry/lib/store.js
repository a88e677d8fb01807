'use strict';

const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.LAUNDRY_DATABASE_URL });

async function one(sql, params) {
  const { rows } = await pool.query(sql, params);
  return rows[0] || null;
}

module.exports = {
  pool,
  customerById: (id) => one('SELECT * FROM customers WHERE id = $1', [id]),
  customerByEmail: (email) => one('SELECT * FROM customers WHERE email = $1', [email]),
  orderById: (id) => one('SELECT * FROM orders WHERE id = $1', [id]),
  orderForCustomer: (id, customerId) =>
    one('SELECT * FROM orders WHERE id = $1 AND customer_id = $2', [id, customerId]),
  ordersForCustomer: async (customerId) =>
    (await pool.query('SELECT * FROM orders WHERE customer_id = $1 ORDER BY created_at DESC', [customerId])).rows,
  saveCustomer: (c) =>
    pool.query(
      'UPDATE customers SET name=$2, phone=$3, address=$4, credit_cents=$5, is_staff=$6, discount_pct=$7 WHERE id=$1',
      [c.id, c.name, c.phone, c.address, c.credit_cents, c.is_staff, c.discount_pct],
    ),
};
