'use strict';

const express = require('express');
const bcrypt = require('bcrypt');
const db = require('../db');

const router = express.Router();

router.get('/beers', async (req, res, next) => {
  try {
    const beers = await db('beers')
      .where({ on_tap: true })
      .select('id', 'name', 'style', 'abv', 'price_pence');
    res.json(beers);
  } catch (err) {
    next(err);
  }
});

router.post('/login', async (req, res, next) => {
  try {
    const { email, password } = req.body;
    const user = await db('users').where({ email: String(email).toLowerCase() }).first();
    if (!user || !(await bcrypt.compare(String(password), user.password_hash))) {
      return res.status(401).json({ error: 'wrong email or password' });
    }
    req.session.regenerate((err) => {
      if (err) return next(err);
      req.session.userId = user.id;
      return res.json({ id: user.id, name: user.name });
    });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
