'use strict';

const path = require('path');
const Fastify = require('fastify');
const bcrypt = require('bcrypt');
const db = require('./db');

const app = Fastify({ logger: true, trustProxy: '10.0.0.0/8' });

app.register(require('./plugins/auth'));

app.register(require('@fastify/static'), {
  root: path.join(__dirname, 'public'),
  prefix: '/assets/',
});

app.register(require('@fastify/static'), {
  root: path.join(__dirname, 'private', 'incident-reports'),
  prefix: '/incidents/',
  decorateReply: false,
  list: true,
});

app.post('/login', async (request, reply) => {
  const member = await db('members').where({ email: String(request.body.email).toLowerCase() }).first();
  if (!member || !(await bcrypt.compare(String(request.body.password), member.password_hash))) {
    return reply.code(401).send({ error: 'wrong email or password' });
  }
  const token = app.jwt.sign({ sub: member.id, roles: member.roles, iss: 'cragtop-gym' }, { expiresIn: '8h' });
  return { token };
});

app.register(require('./routes/setting'), { prefix: '/api' });
app.register(require('./routes/members'), { prefix: '/api' });

app.listen({ port: Number(process.env.PORT) || 3000, host: '0.0.0.0' });
