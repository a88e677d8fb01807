'use strict';

const crypto = require('crypto');
const Fastify = require('fastify');
const mongoose = require('mongoose');
const bcrypt = require('bcrypt');

const { Guest, Booking, PaymentEvent } = require('./models');

function verifyProviderSignature(rawBody, header, secret) {
  if (!header) return false;
  const expected = crypto.createHmac('sha256', secret).update(rawBody).digest('hex');
  const a = Buffer.from(expected);
  const b = Buffer.from(String(header));
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

async function build(config) {
  const app = Fastify({ logger: true, trustProxy: false });

  await app.register(require('@fastify/helmet'));
  await app.register(require('@fastify/rate-limit'), { max: 300, timeWindow: '1 minute' });
  await app.register(require('./plugins/auth'), { jwtSecret: config.jwtSecret });

  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
    req.rawBody = body;
    try {
      done(null, body.length ? JSON.parse(body.toString('utf8')) : {});
    } catch (err) {
      err.statusCode = 400;
      done(err, undefined);
    }
  });

  app.get('/health', async () => ({ status: 'ok' }));

  app.post('/auth/register', {
    schema: {
      body: {
        type: 'object',
        required: ['email', 'name', 'password'],
        additionalProperties: false,
        properties: {
          email: { type: 'string', format: 'email' },
          name: { type: 'string', minLength: 1, maxLength: 100 },
          password: { type: 'string', minLength: 10 },
          phone: { type: 'string', maxLength: 30 },
        },
      },
    },
  }, async (request, reply) => {
    const { email, name, password, phone } = request.body;
    const guest = await Guest.create({
      email, name, phone, passwordHash: await bcrypt.hash(password, 12),
    });
    return reply.code(201).send({ token: app.issueToken(guest) });
  });

  app.post('/auth/login', async (request, reply) => {
    const guest = await Guest.findOne({ email: String(request.body.email || '').toLowerCase() });
    const ok = guest && (await bcrypt.compare(String(request.body.password || ''), guest.passwordHash));
    if (!ok) return reply.code(401).send({ error: 'invalid credentials' });
    return { token: app.issueToken(guest) };
  });

  app.post('/webhooks/payments', async (request, reply) => {
    if (!verifyProviderSignature(request.rawBody, request.headers['x-provider-signature'],
      config.paymentWebhookSecret)) {
      return reply.code(400).send({ error: 'bad signature' });
    }
    const event = request.body;
    const created = await PaymentEvent.updateOne(
      { providerId: event.id },
      { $setOnInsert: { booking: event.bookingId, kind: event.type, amount: event.amount } },
      { upsert: true },
    );
    if (created.upsertedCount && event.type === 'payment.succeeded') {
      await Booking.updateOne({ _id: event.bookingId }, { $set: { paid: true, status: 'confirmed' } });
    }
    return reply.code(204).send();
  });

  await app.register(require('./routes/rooms'), { prefix: '/rooms' });
  await app.register(require('./routes/bookings'), { prefix: '/bookings' });

  return app;
}

module.exports = build;

if (require.main === module) {
  (async () => {
    await mongoose.connect(process.env.MONGO_URL);
    const app = await build({
      jwtSecret: process.env.JWT_SECRET,
      paymentWebhookSecret: process.env.PAYMENT_WEBHOOK_SECRET,
    });
    await app.listen({ port: Number(process.env.PORT || 8080), host: '0.0.0.0' });
  })();
}
