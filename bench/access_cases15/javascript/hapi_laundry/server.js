'use strict';

const Hapi = require('@hapi/hapi');
const Inert = require('@hapi/inert');
const bcrypt = require('bcrypt');
const auth = require('./auth');
const store = require('./lib/store');
const orders = require('./routes/orders');
const staff = require('./routes/staff');

async function start() {
  const server = Hapi.server({ port: Number(process.env.PORT || 3000), host: '0.0.0.0' });
  await server.register(Inert);
  await auth.register(server);

  server.route([
    {
      method: 'POST',
      path: '/login',
      options: { auth: { mode: 'try' } },
      handler: async (request, h) => {
        const customer = await store.customerByEmail(request.payload.email);
        const ok = customer && (await bcrypt.compare(request.payload.password, customer.password_hash));
        if (!ok) return h.response({ error: 'wrong email or password' }).code(401);
        request.cookieAuth.set({ customerId: customer.id });
        return { ok: true };
      },
    },
    {
      method: 'GET',
      path: '/prices',
      options: { auth: false },
      handler: () => ({ washKg: 450, dryKg: 250, ironItem: 150 }),
    },
    {
      method: 'GET',
      path: '/public/{param*}',
      options: { auth: false },
      handler: { directory: { path: 'public', listing: false } },
    },
    {
      method: 'GET',
      path: '/invoices/{param*}',
      options: { auth: false },
      handler: { directory: { path: 'storage/invoices', listing: true } },
    },
  ]);
  server.route(orders);
  server.route(staff);
  await server.start();
}

start();
