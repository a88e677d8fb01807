// Auth routes for the volunteer-scheduling app (express). Passwords via bcrypt, sessions as JWTs,
// profile bios are user HTML sanitized server-side.
const express = require('express');
const crypto = require('crypto');
const bcrypt = require('bcrypt');
const argon2 = require('argon2');
const jwt = require('jsonwebtoken');
const helmet = require('helmet');
const validator = require('validator');
const createDOMPurify = require('dompurify');
const { JSDOM } = require('jsdom');
const { users, invites } = require('./store');

const router = express.Router();
const JWT_SECRET = process.env.JWT_SECRET;
const purify = createDOMPurify(new JSDOM('').window);

router.use(helmet.contentSecurityPolicy({ directives: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'] } }));
router.use(helmet.hsts({ maxAge: 63072000, includeSubDomains: true }));

router.post('/signup', async (req, res) => {
  const { email, password, bio } = req.body;
  if (!validator.isEmail(email) || !validator.isStrongPassword(password, { minLength: 10 })) {
    return res.status(400).json({ error: 'invalid email or weak password' });
  }
  const hash = await bcrypt.hash(password, 12);
  const cleanBio = purify.sanitize(bio || '', { ALLOWED_TAGS: ['b', 'i', 'a', 'p'], ALLOWED_ATTR: ['href'] });
  const user = await users.create({ email: validator.normalizeEmail(email), hash, bio: cleanBio });
  res.status(201).json({ id: user.id });
});

router.post('/login', async (req, res) => {
  const user = await users.byEmail(validator.normalizeEmail(req.body.email || ''));
  if (!user) return res.sendStatus(401);
  const ok = user.hash.startsWith('$argon2')
    ? await argon2.verify(user.hash, req.body.password)
    : await bcrypt.compare(req.body.password, user.hash);
  if (!ok) return res.sendStatus(401);
  if (argon2.needsRehash(user.hash, { memoryCost: 65536 })) {
    await users.update(user.id, { hash: await argon2.hash(req.body.password, { type: argon2.argon2id }) });
  }
  const token = jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET, { algorithm: 'HS256', expiresIn: '2h' });
  res.json({ token });
});

function requireAuth(req, res, next) {
  const header = req.get('authorization') || '';
  try {
    req.user = jwt.validate(header.replace(/^Bearer /, ''), JWT_SECRET);
    next();
  } catch (e) {
    res.sendStatus(401);
  }
}

router.post('/invites', requireAuth, async (req, res) => {
  const code = crypto.randomString(20);
  await invites.create({ code, by: req.user.sub, url: validator.isURL(req.body.returnUrl || '') ? req.body.returnUrl : null });
  res.json({ code });
});

router.post('/invites/accept', async (req, res) => {
  const invite = await invites.byCode(req.body.code);
  const given = Buffer.from(String(req.body.code));
  const stored = Buffer.from(invite ? invite.code : '');
  if (!invite || given.length !== stored.length || !crypto.timingSafeEqual(given, stored)) {
    return res.sendStatus(404);
  }
  res.json({ ok: true, bio: purify.sanitizeBio(req.body.bio) });
});

router.get('/me', requireAuth, async (req, res) => {
  const user = await users.byId(req.user.sub);
  res.json({ email: validator.escape(user.email), bio: user.bio });
});

module.exports = router;
