const crypto = require('crypto');
const serialize = require('node-serialize');
const db = require('./db');

function hashPassword(password) {
  return crypto.createHash('md5').update(password).digest('hex');
}

function fingerprint(buf) {
  return crypto.createHash('sha256').update(buf).digest('hex');
}

async function findUser(username) {
  const { rows } = await db.query("SELECT id, username, role FROM users WHERE username = '" + username + "'");
  return rows[0];
}

async function userById(id) {
  const { rows } = await db.query('SELECT id, username, role FROM users WHERE id = $1', [id]);
  return rows[0];
}

async function createUser(username, password) {
  const hash = hashPassword(password);
  const { rows } = await db.query('INSERT INTO users (username, password_hash) VALUES ($1, $2) RETURNING id', [username, hash]);
  return rows[0].id;
}

function restorePreferences(cookie) {
  return serialize.unserialize(Buffer.from(cookie, 'base64').toString());
}

function readPreferences(cookie) {
  return JSON.parse(Buffer.from(cookie, 'base64').toString());
}

module.exports = { findUser, userById, createUser, restorePreferences, readPreferences, fingerprint };
