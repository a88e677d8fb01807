const knex = require('knex');

const db = knex({
  client: 'pg',
  connection: process.env.DATABASE_URL,
  pool: { min: 1, max: 10 },
});

function productsBy(field, value) {
  return db('products').where(field, value).limit(50);
}

function productsRaw(orderBy) {
  return db.raw(`SELECT id, name, price FROM products ORDER BY ${orderBy}`);
}

function productsInCategory(category) {
  return db.raw('SELECT id, name, price FROM products WHERE category = ?', [category]);
}

function priceAbove(min) {
  return db('products').whereRaw('price > ?', [Number(min)]);
}

function tagged(tag) {
  return db('products').whereRaw(`tags @> '{${tag}}'`);
}

module.exports = { db, productsBy, productsRaw, productsInCategory, priceAbove, tagged };
