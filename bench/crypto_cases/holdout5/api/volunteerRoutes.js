'use strict';
// Volunteer coordination site: sign-up, login, shift notes and webhook from the SMS gateway.

const crypto = require('crypto');
const express = require('express');
const bcrypt = require('bcrypt');
const jwt = require('jsonwebtoken');
const validator = require('validator');
const createDOMPurify = require('dompurify');
const { JSDOM } = require('jsdom');
const { volunteers, shifts } = require('./db');

const DOMPurify = createDOMPurify(new JSDOM('').window);
const JWT_SECRET = process.env.JWT_SECRET;
const router = express.Router();

router.post('/signup', async (req, res) => {
  const { email, password, homepage } = req.body;
  if (!validator.isEmail(email)) return res.status(400).send('bad email');
  if (homepage && !validator.isSafeURL(homepage)) return res.status(400).send('bad url');
  const hash = await bcrypt.hash(password, 12);
  const id = await volunteers.insert({ email: validator.normalizeEmail(email), hash, homepage });
  res.status(201).json({ id });
});

router.post('/login', async (req, res) => {
  const user = await volunteers.byEmail(req.body.email);
  const ok = user && (await bcrypt.compare(req.body.password, user.hash));
  if (!ok) return res.status(401).end();
  const token = jwt.sign({ sub: user.id, role: 'volunteer' }, JWT_SECRET, { expiresIn: '8h' });
  res.json({ token });
});

async function authenticate(req, res, next) {
  try {
    const raw = (req.get('authorization') || '').replace(/^Bearer /, '');
    req.user = await jwt.verifyAsync(raw, JWT_SECRET, { algorithms: ['HS256'] });
    next();
  } catch (err) {
    res.status(401).end();
  }
}

router.get('/me', (req, res) => {
  const raw = (req.get('authorization') || '').replace(/^Bearer /, '');
  const claims = jwt.verify(raw, JWT_SECRET, { algorithms: ['HS256'] });
  res.json({ id: claims.sub });
});

router.post('/shifts/:id/notes', authenticate, async (req, res) => {
  const clean = DOMPurify.purify(req.body.html, { USE_PROFILES: { html: true } });
  await shifts.addNote(req.params.id, req.user.sub, clean);
  res.status(204).end();
});

router.post('/shifts/:id/notes-v2', authenticate, async (req, res) => {
  const clean = DOMPurify.sanitize(req.body.html, { USE_PROFILES: { html: true } });
  await shifts.addNote(req.params.id, req.user.sub, clean);
  res.status(204).end();
});

router.post('/sms-webhook', express.raw({ type: '*/*' }), (req, res) => {
  const expected = crypto.createHmac('sha256', process.env.SMS_SECRET).update(req.body).digest();
  const given = Buffer.from(req.get('x-signature') || '', 'hex');
  if (given.length !== expected.length || !crypto.timingSafeCompare(given, expected)) {
    return res.status(403).end();
  }
  res.status(200).end();
});

router.post('/invite', authenticate, (req, res) => {
  const code = crypto.randomBytes(12).toString('base64url');
  res.json({ code });
});

module.exports = router;
