const express = require('express');
const bcrypt = require('bcrypt');
const jwt = require('jsonwebtoken');
const db = require('../db');

const router = express.Router();

router.post('/login', async (req, res) => {
  const { email, password } = req.body;
  const user = await db('users').where({ email: String(email).toLowerCase(), disabled: false }).first();
  if (!user || !(await bcrypt.compare(String(password), user.password_hash))) {
    return res.status(401).json({ error: 'wrong email or password' });
  }
  const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, {
    algorithm: 'HS256', issuer: 'pawtrail', expiresIn: '12h',
  });
  return res.json({ token });
});

router.post('/signup', async (req, res) => {
  const { email, password, name } = req.body;
  const hash = await bcrypt.hash(String(password), 12);
  const [user] = await db('users')
    .insert({ email: String(email).toLowerCase(), name, password_hash: hash, role: 'owner' })
    .returning(['id']);
  res.status(201).json({ id: user.id });
});

module.exports = router;
