'use strict';

const Joi = require('joi');
const Path = require('path');

const staff = { auth: { strategy: 'member', scope: ['staff'] } };

module.exports = [
  {
    method: 'GET',
    path: '/timetable',
    options: { auth: false },
    handler: (request) => request.server.app.db('sessions').where('starts_at', '>', new Date()).select('id', 'lane_type', 'starts_at', 'spaces'),
  },
  {
    method: 'GET',
    path: '/bookings',
    handler: (request) => request.server.app.db('bookings').where({ member_id: request.auth.credentials.id }),
  },
  {
    method: 'GET',
    path: '/bookings/{id}',
    handler: async (request, h) => {
      const booking = await request.server.app.db('bookings')
        .join('members', 'members.id', 'bookings.member_id')
        .where('bookings.id', request.params.id)
        .select('bookings.*', 'members.name', 'members.phone', 'members.medical_notes')
        .first();
      return booking || h.response().code(404);
    },
  },
  {
    method: 'DELETE',
    path: '/bookings/{id}',
    handler: async (request, h) => {
      const n = await request.server.app.db('bookings').where({ id: request.params.id, member_id: request.auth.credentials.id }).del();
      return h.response().code(n ? 204 : 404);
    },
  },
  {
    method: 'PATCH',
    path: '/members/me',
    options: {
      validate: {
        payload: Joi.object({ name: Joi.string().max(80), phone: Joi.string().max(20) }).unknown(true),
      },
    },
    handler: async (request) => {
      await request.server.app.db('members').where({ id: request.auth.credentials.id }).update(request.payload);
      return request.server.app.db('members').where({ id: request.auth.credentials.id }).first();
    },
  },
  {
    method: 'PUT',
    path: '/members/me/emergency-contact',
    options: {
      validate: {
        payload: Joi.object({ contactName: Joi.string().max(80).required(), contactPhone: Joi.string().max(20).required() }),
        options: { stripUnknown: true },
      },
    },
    handler: async (request, h) => {
      const { contactName, contactPhone } = request.payload;
      await request.server.app.db('members').where({ id: request.auth.credentials.id })
        .update({ emergency_name: contactName, emergency_phone: contactPhone });
      return h.response().code(204);
    },
  },
  {
    method: 'POST',
    path: '/staff/sessions/{id}/cancel',
    options: staff,
    handler: async (request, h) => {
      await request.server.app.db('sessions').where({ id: request.params.id }).update({ cancelled: true });
      return h.response().code(204);
    },
  },
  {
    method: 'POST',
    path: '/staff/lanes/{lane}/closure',
    options: { auth: false },
    handler: async (request, h) => {
      await request.server.app.db('lanes').where({ number: request.params.lane }).update({ closed_until: request.payload.until });
      await request.server.app.db('bookings').where({ lane: request.params.lane }).andWhere('starts_at', '<', request.payload.until).del();
      return h.response().code(204);
    },
  },
  {
    method: 'GET',
    path: '/staff/members/export',
    handler: (request) => request.server.app.db('members').select('name', 'email', 'phone', 'date_of_birth', 'medical_notes'),
  },
  {
    method: 'POST',
    path: '/turnstile/entry',
    options: { auth: false },
    handler: async (request, h) => {
      const memberId = Number(request.headers['x-member-id']);
      const pass = await request.server.app.db('passes').where({ member_id: memberId }).andWhere('expires_on', '>=', new Date()).first();
      if (!pass) return h.response({ open: false }).code(403);
      await request.server.app.db('entries').insert({ member_id: memberId, at: new Date() });
      return { open: true };
    },
  },
  {
    method: 'GET',
    path: '/gallery/{param*}',
    options: { auth: false },
    handler: { directory: { path: Path.join(__dirname, '..', 'public', 'gallery'), listing: false, index: false } },
  },
  {
    method: 'GET',
    path: '/waivers/{param*}',
    options: { auth: false },
    handler: { directory: { path: Path.join(__dirname, '..', 'storage', 'signed-waivers') } },
  },
];
