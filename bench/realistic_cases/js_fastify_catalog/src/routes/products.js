const path = require('path');
const fs = require('fs/promises');
const yaml = require('js-yaml');
const store = require('../plugins/db');

const SORTABLE = new Set(['name', 'price', 'created_at']);
const SHEETS = path.join(__dirname, '..', 'sheets');

module.exports = async function products(fastify) {
  fastify.addHook('onRequest', fastify.authenticate);

  fastify.get('/products', async (request) => {
    const field = SORTABLE.has(request.query.by) ? request.query.by : 'name';
    return store.productsBy('status', 'active').orderBy(field);
  });

  fastify.get('/products/raw', async (request) => {
    const result = await store.productsRaw(request.query.order || 'id');
    return result.rows;
  });

  fastify.get('/products/category/:category', async (request) => {
    const result = await store.productsInCategory(request.params.category);
    return result.rows;
  });

  fastify.get('/products/min/:price', async (request) => store.priceAbove(request.params.price));

  fastify.get('/products/tag/:tag', async (request) => store.tagged(request.params.tag));

  fastify.get('/sheets/:name', async (request, reply) => {
    const file = path.join(SHEETS, request.params.name);
    const text = await fs.readFile(file, 'utf8');
    reply.type('text/csv');
    return text;
  });

  fastify.get('/sheets', async () => fs.readdir(SHEETS));

  fastify.post('/import', async (request) => {
    const doc = yaml.load(request.body.manifest, { schema: yaml.DEFAULT_SCHEMA });
    return { items: Array.isArray(doc) ? doc.length : 0 };
  });

  fastify.get('/products/:id/label', async (request, reply) => {
    const product = await store.productsBy('id', request.params.id).first();
    reply.type('text/html');
    return `<div class="label">${product ? product.name : request.params.id}</div>`;
  });
};
