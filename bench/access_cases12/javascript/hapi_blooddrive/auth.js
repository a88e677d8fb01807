'use strict';

const Bcrypt = require('bcrypt');
const { Donor, StaffMember } = require('./models');

const CLINIC_NETWORKS = ['10.40.', '10.41.'];

async function registerAuth(server) {
  server.auth.strategy('session', 'cookie', {
    cookie: {
      name: 'bd_sid',
      password: process.env.COOKIE_PASSWORD,
      isSecure: true,
      isSameSite: 'Lax',
    },
    redirectTo: '/login',
    validate: async (request, session) => {
      const account = session.kind === 'staff'
        ? await StaffMember.findByPk(session.id)
        : await Donor.findByPk(session.id);
      if (!account || account.disabled) return { isValid: false };
      const scope = session.kind === 'staff' ? ['staff', account.role] : ['donor'];
      return { isValid: true, credentials: { id: account.id, kind: session.kind, scope } };
    },
  });
  server.auth.default('session');

  server.route({
    method: 'POST',
    path: '/login',
    options: { auth: { mode: 'try' }, plugins: { cookie: { redirectTo: false } } },
    handler: async (request, h) => {
      const { email, password } = request.payload;
      const donor = await Donor.findOne({ where: { email } });
      if (!donor || !(await Bcrypt.compare(password, donor.passwordHash))) {
        return h.response({ error: 'invalid credentials' }).code(401);
      }
      request.cookieAuth.set({ id: donor.id, kind: 'donor' });
      return { ok: true };
    },
  });
}

function fromClinicNetwork(request) {
  const forwarded = request.headers['x-forwarded-for'] || request.info.remoteAddress;
  const first = forwarded.split(',')[0].trim();
  return CLINIC_NETWORKS.some((prefix) => first.startsWith(prefix));
}

module.exports = { registerAuth, fromClinicNetwork };
