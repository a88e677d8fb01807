'use strict';

const Boom = require('@hapi/boom');
const Joi = require('joi');
const store = require('../lib/store');

module.exports = [
  {
    method: 'GET',
    path: '/orders',
    handler: (request) => store.ordersForCustomer(request.auth.credentials.id),
  },
  {
    method: 'GET',
    path: '/orders/{id}',
    handler: async (request) => {
      const order = await store.orderById(request.params.id);
      if (!order) throw Boom.notFound();
      return order;
    },
  },
  {
    method: 'PUT',
    path: '/orders/{id}/pickup-window',
    options: {
      validate: { payload: Joi.object({ from: Joi.date().required(), to: Joi.date().required() }) },
    },
    handler: async (request) => {
      const order = await store.orderForCustomer(request.params.id, request.auth.credentials.id);
      if (!order) throw Boom.notFound();
      await store.pool.query('UPDATE orders SET pickup_from=$2, pickup_to=$3 WHERE id=$1',
        [order.id, request.payload.from, request.payload.to]);
      return { ok: true };
    },
  },
  {
    method: 'PATCH',
    path: '/account',
    handler: async (request) => {
      const customer = await store.customerById(request.auth.credentials.id);
      Object.assign(customer, request.payload);
      await store.saveCustomer(customer);
      return { ok: true };
    },
  },
  {
    method: 'POST',
    path: '/account/card',
    options: { plugins: { crumb: false } },
    handler: async (request) => {
      await store.pool.query('UPDATE customers SET card_token=$2 WHERE id=$1',
        [request.auth.credentials.id, request.payload.cardToken]);
      return { saved: true };
    },
  },
  {
    method: 'POST',
    path: '/driver/orders/{id}/picked-up',
    options: { auth: 'driver' },
    handler: async (request) => {
      await store.pool.query('UPDATE orders SET status=$2, driver_id=$3 WHERE id=$1',
        [request.params.id, 'picked_up', request.auth.credentials.id]);
      return { ok: true };
    },
  },
];
