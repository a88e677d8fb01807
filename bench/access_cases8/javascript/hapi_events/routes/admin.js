'use strict';

const Boom = require('@hapi/boom');

const db = require('../db');

const adminOnly = (request, h) => {
  const user = request.auth.credentials;
  if (!user || user.role !== 'admin') throw Boom.forbidden();
  return h.continue;
};

module.exports = [
  {
    method: 'GET',
    path: '/admin/users',
    options: { pre: [{ method: adminOnly }] },
    handler: async () => db.users.find({}, { projection: { passwordHash: 0 } }),
  },
  {
    method: 'POST',
    path: '/admin/users/{id}/ban',
    options: { pre: [{ method: adminOnly }] },
    handler: async (request) => {
      await db.users.updateOne({ _id: request.params.id }, { $set: { banned: true } });
      return { ok: true };
    },
  },
  {
    method: 'GET',
    path: '/admin/refunds',
    handler: async (request) => {
      if (request.state.staff_role !== 'finance' && request.auth.credentials.role !== 'admin') {
        throw Boom.forbidden();
      }
      return db.refunds.find({ status: 'pending' });
    },
  },
  {
    method: 'DELETE',
    path: '/admin/events/{id}',
    options: { auth: false },
    handler: async (request, h) => {
      await db.tickets.deleteMany({ eventId: request.params.id });
      await db.events.deleteOne({ _id: request.params.id });
      return h.response().code(204);
    },
  },
  {
    method: 'GET',
    path: '/admin/stats',
    options: { pre: [{ method: adminOnly }] },
    handler: async () => ({
      users: await db.users.countDocuments(),
      events: await db.events.countDocuments(),
      tickets: await db.tickets.countDocuments(),
    }),
  },
];
