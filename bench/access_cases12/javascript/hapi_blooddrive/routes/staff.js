'use strict';

const Boom = require('@hapi/boom');
const { Op } = require('sequelize');
const { fromClinicNetwork } = require('../auth');
const { Donor, Donation, Unit } = require('../models');

const staffOnly = { auth: { strategy: 'session', scope: ['staff'] } };

module.exports = [
  {
    method: 'GET',
    path: '/staff/donors/{id}',
    options: staffOnly,
    handler: async (request) => Donor.findByPk(request.params.id, {
      attributes: ['id', 'name', 'bloodType', 'eligibleFrom'],
    }),
  },
  {
    method: 'POST',
    path: '/staff/donations/{id}/screening',
    options: staffOnly,
    handler: async (request) => {
      await Donation.update({ screeningResult: request.payload.result },
        { where: { id: request.params.id } });
      return { ok: true };
    },
  },
  {
    method: 'POST',
    path: '/staff/units/discard-expired',
    options: { auth: 'session' },
    handler: async () => {
      const [count] = await Unit.update({ discarded: true },
        { where: { expiresAt: { [Op.lt]: new Date() } } });
      return { discarded: count };
    },
  },
  {
    method: 'DELETE',
    path: '/staff/donations/{id}',
    options: { auth: false },
    handler: async (request, h) => {
      await Donation.destroy({ where: { id: request.params.id } });
      return h.response().code(204);
    },
  },
  {
    method: 'GET',
    path: '/kiosk/units',
    options: { auth: false },
    handler: async (request) => {
      if (!fromClinicNetwork(request)) throw Boom.forbidden();
      return Unit.findAll({ where: { discarded: false } });
    },
  },
];
