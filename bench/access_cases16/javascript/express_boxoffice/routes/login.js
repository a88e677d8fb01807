'use strict';

const bcrypt = require('bcrypt');
const { one } = require('../db');

module.exports = async function login(req, res) {
  const patron = await one('SELECT id, password_hash FROM patrons WHERE email = $1', [String(req.body.email || '').toLowerCase()]);
  if (!patron || !(await bcrypt.compare(String(req.body.password || ''), patron.password_hash))) {
    return res.status(401).json({ error: 'invalid login' });
  }
  req.session.regenerate((err) => {
    if (err) return res.sendStatus(500);
    req.session.patronId = patron.id;
    return res.json({ ok: true });
  });
  return undefined;
};
