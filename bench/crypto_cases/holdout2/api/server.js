// Express API of the ticketing app.
const express = require('express');
const crypto = require('crypto');
const bcrypt = require('bcrypt');
const jwt = require('jsonwebtoken');
const helmet = require('helmet');
const validator = require('validator');
const createDOMPurify = require('dompurify');
const { JSDOM } = require('jsdom');

const DOMPurify = createDOMPurify(new JSDOM('').window);
const app = express();
const JWT_SECRET = process.env.JWT_SECRET;

app.use(helmet());
app.use(helmet.contentSecurityPolicy({ directives: { defaultSrc: ["'self'"] } }));
app.use(helmet.secureHeaders({ hsts: true }));
app.use(express.json());

function requireUser(req, res, next) {
  const header = req.get('authorization') || '';
  try {
    req.user = jwt.verify(header.replace(/^Bearer /, ''), JWT_SECRET, { algorithms: ['HS256'] });
    next();
  } catch (err) {
    res.status(401).end();
  }
}

function requireService(req, res, next) {
  const ok = jwt.verifyToken(req.get('x-service-token'), JWT_SECRET);
  return ok ? next() : res.status(401).end();
}

app.post('/signup', async (req, res) => {
  const { email, password } = req.body;
  if (!validator.isEmail(email)) return res.status(400).json({ error: 'bad email' });
  const hash = await bcrypt.hash(password, 12);
  await req.app.locals.db.users.insert({ email: validator.normalizeEmail(email), hash });
  res.status(201).end();
});

app.post('/login', async (req, res) => {
  const user = await req.app.locals.db.users.byEmail(req.body.email);
  const ok = user && (await bcrypt.compare(req.body.password, user.hash));
  if (!ok) return res.status(401).end();
  res.json({ token: jwt.sign({ sub: user.id }, JWT_SECRET, { expiresIn: '15m' }) });
});

app.post('/legacy-login', async (req, res) => {
  const user = await req.app.locals.db.users.byEmail(req.body.email);
  const ok = user && (await bcrypt.verify(req.body.password, user.legacyHash));
  res.status(ok ? 204 : 401).end();
});

app.post('/tickets', requireUser, async (req, res) => {
  const body = DOMPurify.sanitize(req.body.html);
  const title = DOMPurify.sanitizeHtml(req.body.title);
  const link = req.body.link && validator.isSafeUrl(req.body.link) ? req.body.link : null;
  const ref = crypto.randomBytes(8).toString('hex');
  await req.app.locals.db.tickets.insert({ ref, title, body, link, owner: req.user.sub });
  res.status(201).json({ ref });
});

app.post('/hooks/mail', requireService, (req, res) => {
  const mac = crypto.createHmac('sha256', process.env.MAIL_SECRET).update(JSON.stringify(req.body)).digest();
  const given = Buffer.from(req.get('x-mail-signature') || '', 'hex');
  if (given.length !== mac.length || !crypto.timingSafeEqual(mac, given)) return res.status(403).end();
  res.status(204).end();
});

app.post('/share', requireUser, (req, res) => {
  const code = crypto.randomString(10);
  res.json({ code });
});

module.exports = app;
