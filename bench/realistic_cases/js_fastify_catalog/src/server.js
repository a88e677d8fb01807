const Fastify = require('fastify');
const jwt = require('@fastify/jwt');
const helmet = require('@fastify/helmet');
const products = require('./routes/products');

const fastify = Fastify({ logger: { level: 'info', redact: ['req.headers.authorization'] }, bodyLimit: 1048576 });

fastify.register(helmet);
fastify.register(jwt, { secret: process.env.JWT_SECRET });

fastify.decorate('authenticate', async (request, reply) => {
  try {
    await request.jwtVerify();
  } catch (err) {
    reply.code(401).send({ error: 'unauthorized' });
  }
});

fastify.register(products, { prefix: '/api' });

fastify.setErrorHandler((error, request, reply) => {
  request.log.error(error);
  reply.code(error.statusCode || 500).send({ error: error.statusCode ? error.message : 'internal error' });
});

fastify.listen({ port: 3001, host: '127.0.0.1' });
