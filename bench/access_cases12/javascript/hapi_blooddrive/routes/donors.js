'use strict';

const Bcrypt = require('bcrypt');
const Boom = require('@hapi/boom');
const { Donor, Donation } = require('../models');

module.exports = [
  {
    method: 'POST',
    path: '/donors/register',
    options: { auth: false },
    handler: async (request, h) => {
      const passwordHash = await Bcrypt.hash(request.payload.password, 12);
      const donor = await Donor.create({ ...request.payload, passwordHash });
      return h.response({ id: donor.id }).code(201);
    },
  },
  {
    method: 'GET',
    path: '/donors/me/donations',
    handler: async (request) => Donation.findAll({
      where: { donorId: request.auth.credentials.id },
      order: [['takenAt', 'DESC']],
    }),
  },
  {
    method: 'GET',
    path: '/donations/{id}',
    handler: async (request) => {
      const donation = await Donation.findByPk(request.params.id);
      if (!donation) throw Boom.notFound();
      return donation;
    },
  },
  {
    method: 'GET',
    path: '/donations/{id}/certificate',
    handler: async (request) => {
      const donation = await Donation.findOne({
        where: { id: request.params.id, donorId: request.auth.credentials.id },
      });
      if (!donation) throw Boom.notFound();
      return { takenAt: donation.takenAt, volumeMl: donation.volumeMl };
    },
  },
  {
    method: 'GET',
    path: '/donors/history',
    options: { auth: false },
    handler: async (request) => Donation.findAll({
      where: { donorId: request.query.donorId },
      attributes: ['takenAt', 'volumeMl', 'screeningResult'],
    }),
  },
  {
    method: 'PATCH',
    path: '/donors/me',
    handler: async (request) => {
      const { name, email } = request.payload;
      await Donor.update({ name, email }, { where: { id: request.auth.credentials.id } });
      return { ok: true };
    },
  },
];
