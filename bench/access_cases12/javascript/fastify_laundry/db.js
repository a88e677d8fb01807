'use strict';

const { Pool } = require('pg');

const pool = new Pool();

const orders = {
  async findById(id) {
    const { rows } = await pool.query('SELECT * FROM orders WHERE id = $1', [id]);
    return rows[0];
  },
  async findForCustomer(id, customerId) {
    const { rows } = await pool.query(
      'SELECT * FROM orders WHERE id = $1 AND customer_id = $2', [id, customerId]);
    return rows[0];
  },
  async listForCustomer(customerId) {
    const { rows } = await pool.query(
      'SELECT * FROM orders WHERE customer_id = $1 ORDER BY created_at DESC', [customerId]);
    return rows;
  },
  async create(customerId, { items, pickupAt, notes }) {
    const { rows } = await pool.query(
      'INSERT INTO orders (customer_id, items, pickup_at, notes) VALUES ($1, $2, $3, $4) RETURNING *',
      [customerId, JSON.stringify(items), pickupAt, notes]);
    return rows[0];
  },
  async remove(id) {
    await pool.query('DELETE FROM orders WHERE id = $1', [id]);
  },
  async markPaid(id) {
    await pool.query('UPDATE orders SET paid = true WHERE id = $1', [id]);
  },
  async assignedTo(driverId) {
    const { rows } = await pool.query('SELECT * FROM orders WHERE driver_id = $1', [driverId]);
    return rows;
  },
};

const customers = {
  async update(id, fields) {
    const keys = Object.keys(fields);
    const sets = keys.map((k, i) => `"${k}" = $${i + 2}`).join(', ');
    await pool.query(`UPDATE customers SET ${sets} WHERE id = $1`, [id, ...keys.map((k) => fields[k])]);
  },
  async list() {
    const { rows } = await pool.query('SELECT id, name, email, role FROM customers');
    return rows;
  },
};

const services = {
  async scaleAllPrices(factor) {
    const { rowCount } = await pool.query('UPDATE services SET price = price * $1', [factor]);
    return rowCount;
  },
};

module.exports = { pool, orders, customers, services };
