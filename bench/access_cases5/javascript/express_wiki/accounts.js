const express = require('express');
const bcrypt = require('bcrypt');
const User = require('./models/user');
const { requireAuth } = require('./auth');

const router = express.Router();

router.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user || !(await bcrypt.compare(req.body.password || '', user.passwordHash))) {
    return res.status(401).json({ error: 'bad credentials' });
  }
  req.session.regenerate(() => {
    req.session.userId = user.id;
    res.json({ id: user.id, name: user.name });
  });
});

router.post('/signup', async (req, res) => {
  const { email, password, name } = req.body;
  const passwordHash = await bcrypt.hash(password, 12);
  const user = await User.create({ email, name, passwordHash });
  req.session.userId = user.id;
  res.status(201).json({ id: user.id });
});

router.put('/me', requireAuth, async (req, res) => {
  Object.assign(req.user, req.body);
  await req.user.save();
  res.json({ id: req.user.id, name: req.user.name });
});

router.put('/me/name', requireAuth, async (req, res) => {
  req.user.name = String(req.body.name || '').slice(0, 80);
  await req.user.save();
  res.json({ id: req.user.id, name: req.user.name });
});

module.exports = router;
