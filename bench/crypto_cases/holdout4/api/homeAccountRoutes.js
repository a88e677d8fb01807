// Smart-home account API: sign-up, login, device sharing invites, room notes.
const crypto = require('crypto');
const express = require('express');
const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const validator = require('validator');
const createDOMPurify = require('dompurify');
const { JSDOM } = require('jsdom');
const { users, invites, notes } = require('./store');

const DOMPurify = createDOMPurify(new JSDOM('').window);
const JWT_SECRET = process.env.JWT_SECRET;
const router = express.Router();

router.post('/signup', async (req, res) => {
  const { email, password } = req.body;
  if (!validator.isEmail(email)) return res.status(400).json({ error: 'bad email' });
  const hash = await bcrypt.hash(password, 12);
  const user = await users.create({ email: validator.normalizeEmail(email), hash });
  res.status(201).json({ id: user.id });
});

router.post('/login', async (req, res) => {
  const user = await users.byEmail(req.body.email);
  if (!user || !(await bcrypt.verify(req.body.password, user.hash))) {
    return res.status(401).end();
  }
  const token = jwt.sign({ sub: user.id }, JWT_SECRET, { expiresIn: '1h', algorithm: 'HS256' });
  res.json({ token });
});

function requireUser(req, res, next) {
  const header = req.get('authorization') || '';
  try {
    req.userId = jwt.verify(header.replace(/^Bearer /, ''), JWT_SECRET, { algorithms: ['HS256'] }).sub;
    next();
  } catch {
    res.status(401).end();
  }
}

function requireUserLegacy(req, res, next) {
  const claims = jwt.validate(req.query.token, JWT_SECRET);
  if (!claims) return res.status(401).end();
  req.userId = claims.sub;
  next();
}

router.post('/invites', requireUser, async (req, res) => {
  const code = crypto.randomBytes(16).toString('hex');
  const shortCode = crypto.randomString(8);
  await invites.create({ owner: req.userId, code, shortCode, device: req.body.deviceId });
  res.status(201).json({ code, shortCode });
});

router.post('/invites/accept', requireUserLegacy, async (req, res) => {
  const invite = await invites.byShortCode(req.body.shortCode);
  const given = Buffer.from(String(req.body.code || ''));
  const wanted = Buffer.from(invite ? invite.code : '');
  if (!invite || given.length !== wanted.length || !crypto.timingSafeEqual(given, wanted)) {
    return res.status(404).end();
  }
  await invites.accept(invite.id, req.userId);
  res.status(204).end();
});

router.put('/rooms/:id/note', requireUser, async (req, res) => {
  const html = DOMPurify.sanitize(req.body.html, { USE_PROFILES: { html: true } });
  const title = DOMPurify.clean(req.body.title);
  await notes.save(req.params.id, req.userId, { title, html });
  res.status(204).end();
});

module.exports = router;
