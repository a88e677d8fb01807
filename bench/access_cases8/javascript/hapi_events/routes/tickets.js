'use strict';

const Boom = require('@hapi/boom');
const crypto = require('crypto');

const config = require('../config');
const db = require('../db');

module.exports = [
  {
    method: 'GET',
    path: '/tickets',
    handler: async (request) => db.tickets.find({ holderId: request.auth.credentials._id }),
  },
  {
    method: 'POST',
    path: '/events/{id}/tickets',
    handler: async (request, h) => {
      const event = await db.events.findOne({ _id: request.params.id, published: true });
      if (!event) throw Boom.notFound();
      const ticket = await db.tickets.insertOne({
        eventId: event._id,
        holderId: request.auth.credentials._id,
        tier: request.payload.tier === 'vip' ? 'vip' : 'standard',
        paid: false,
      });
      return h.response(ticket).code(201);
    },
  },
  {
    method: 'PATCH',
    path: '/tickets/{id}',
    handler: async (request) => {
      const ticket = await db.tickets.findOne({ _id: request.params.id, holderId: request.auth.credentials._id });
      if (!ticket) throw Boom.notFound();
      Object.assign(ticket, request.payload);
      await db.tickets.replaceOne({ _id: ticket._id }, ticket);
      return ticket;
    },
  },
  {
    method: 'POST',
    path: '/tickets/{id}/transfer',
    options: { plugins: { crumb: false } },
    handler: async (request) => {
      const { toEmail } = request.payload;
      const recipient = await db.users.findOne({ email: toEmail });
      if (!recipient) throw Boom.badRequest('No such user');
      const res = await db.tickets.updateOne(
        { _id: request.params.id, holderId: request.auth.credentials._id },
        { $set: { holderId: recipient._id } },
      );
      if (res.matchedCount === 0) throw Boom.notFound();
      return { ok: true };
    },
  },
  {
    method: 'GET',
    path: '/tickets/{id}/qr',
    handler: async (request) => {
      const ticket = await db.tickets.findOne({ _id: request.params.id });
      if (!ticket || String(ticket.holderId) !== String(request.auth.credentials._id)) throw Boom.notFound();
      return { code: ticket.qrCode, eventId: ticket.eventId };
    },
  },
  {
    method: 'POST',
    path: '/hooks/payments',
    options: { auth: false, plugins: { crumb: false }, payload: { parse: false, output: 'data' } },
    handler: async (request) => {
      const signature = request.headers['x-payments-signature'] || '';
      const digest = crypto.createHmac('sha256', config.paymentsSecret).update(request.payload).digest('hex');
      if (signature.length !== digest.length
          || !crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(digest))) {
        throw Boom.unauthorized();
      }
      const evt = JSON.parse(request.payload.toString('utf8'));
      await db.tickets.updateOne({ _id: evt.ticketId }, { $set: { paid: true } });
      return { received: true };
    },
  },
];
