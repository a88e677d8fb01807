'use strict';

const store = require('../lib/store');

const staffOnly = { auth: { strategy: 'session', scope: ['staff'] } };

module.exports = [
  {
    method: 'GET',
    path: '/staff/queue',
    options: staffOnly,
    handler: async () => (await store.pool.query("SELECT * FROM orders WHERE status <> 'done'")).rows,
  },
  {
    method: 'POST',
    path: '/staff/orders/{id}/refund',
    options: staffOnly,
    handler: async (request) => {
      await store.pool.query('UPDATE orders SET refunded = true WHERE id = $1', [request.params.id]);
      return { refunded: true };
    },
  },
  {
    method: 'DELETE',
    path: '/staff/customers/{id}',
    handler: async (request) => {
      await store.pool.query('DELETE FROM orders WHERE customer_id = $1', [request.params.id]);
      await store.pool.query('DELETE FROM customers WHERE id = $1', [request.params.id]);
      return { deleted: true };
    },
  },
  {
    method: 'POST',
    path: '/staff/machines/{id}/reset-counters',
    options: { auth: false },
    handler: async (request) => {
      await store.pool.query('UPDATE machines SET cycles = 0, revenue_cents = 0 WHERE id = $1', [request.params.id]);
      return { reset: true };
    },
  },
];
