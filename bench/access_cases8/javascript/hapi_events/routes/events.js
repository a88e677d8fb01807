'use strict';

const Boom = require('@hapi/boom');
const Joi = require('joi');

const db = require('../db');

const eventPayload = Joi.object({
  title: Joi.string().max(200).required(),
  startsAt: Joi.date().required(),
  venue: Joi.string().max(200),
  capacity: Joi.number().integer().min(1).max(10000),
});

module.exports = [
  {
    method: 'GET',
    path: '/events',
    options: { auth: false },
    handler: async () => db.events.find({ published: true }).sort({ startsAt: 1 }).limit(100),
  },
  {
    method: 'GET',
    path: '/events/{id}',
    options: { auth: { mode: 'try' } },
    handler: async (request) => {
      const event = await db.events.findOne({ _id: request.params.id });
      if (!event) throw Boom.notFound();
      const user = request.auth.credentials;
      if (!event.published && (!user || String(event.organizerId) !== String(user._id))) {
        throw Boom.notFound();
      }
      return event;
    },
  },
  {
    method: 'POST',
    path: '/events',
    options: { validate: { payload: eventPayload } },
    handler: async (request, h) => {
      const organizerId = request.auth.credentials._id;
      const event = await db.events.insertOne({ ...request.payload, organizerId, published: false });
      return h.response(event).code(201);
    },
  },
  {
    method: 'PUT',
    path: '/events/{id}',
    options: { validate: { payload: eventPayload } },
    handler: async (request) => {
      const res = await db.events.updateOne(
        { _id: request.params.id, organizerId: request.auth.credentials._id },
        { $set: request.payload },
      );
      if (res.matchedCount === 0) throw Boom.notFound();
      return { ok: true };
    },
  },
  {
    method: 'POST',
    path: '/events/{id}/publish',
    handler: async (request) => {
      const event = await db.events.findOne({ _id: request.params.id });
      if (!event) throw Boom.notFound();
      await db.events.updateOne({ _id: event._id }, { $set: { published: true } });
      return { ok: true };
    },
  },
  {
    method: 'DELETE',
    path: '/events/{id}',
    handler: async (request, h) => {
      const event = await db.events.findOne({ _id: request.params.id });
      if (!event) throw Boom.notFound();
      if (String(event.organizerId) !== String(request.auth.credentials._id)) {
        throw Boom.forbidden();
      }
      await db.events.deleteOne({ _id: event._id });
      return h.response().code(204);
    },
  },
  {
    method: 'GET',
    path: '/partner/events',
    options: { auth: 'partner-jwt', plugins: { crumb: false } },
    handler: async (request) => db.events.find({ partnerId: request.auth.credentials.partnerId }),
  },
];
