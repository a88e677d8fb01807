'use strict';

const express = require('express');
const session = require('express-session');
const PgSession = require('connect-pg-simple')(session);
const csrf = require('csurf');
const serveIndex = require('serve-index');
const path = require('path');
const crypto = require('crypto');
const { passport, ensureAuth, requireRole } = require('./auth');
const db = require('./db');
const lessons = require('./routes/lessons');
const tutors = require('./routes/tutors');
const { admin, ops } = require('./routes/admin');

const app = express();
const csrfProtection = csrf();
const CSRF_SKIP = new Set(['/webhooks/stripe', '/account/email']);

app.set('trust proxy', 1);
app.use(express.json());
app.use(express.urlencoded({ extended: false }));
app.use(session({
  store: new PgSession({ conString: process.env.DATABASE_URL }),
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, maxAge: 14 * 24 * 3600 * 1000 },
}));
app.use(passport.initialize());
app.use(passport.session());
app.use((req, res, next) => (CSRF_SKIP.has(req.path) ? next() : csrfProtection(req, res, next)));

app.post('/auth/login', passport.authenticate('local', { failureRedirect: '/login?failed=1' }), (req, res) => res.redirect('/dashboard'));

app.post('/webhooks/stripe', express.raw({ type: 'application/json' }), (req, res) => {
  const [ts, sig] = String(req.get('stripe-signature') || '').split(',').map((p) => p.split('=')[1]);
  const expected = crypto.createHmac('sha256', process.env.STRIPE_WEBHOOK_SECRET).update(`${ts}.${req.body}`).digest('hex');
  if (!sig || !crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(expected))) return res.sendStatus(400);
  return res.sendStatus(200);
});

app.post('/account/email', ensureAuth, async (req, res) => {
  await db('users').where({ id: req.user.id }).update({ email: req.body.email, email_verified: false });
  res.redirect('/account');
});

app.use('/lessons', lessons);
app.use('/parents', lessons.parentRouter);
app.use('/tutors', tutors);
app.use('/api/lessons', passport.authenticate('api', { session: false }), lessons);
app.use('/admin', ensureAuth, requireRole('admin'), admin);
app.use('/ops', ops);

app.use('/assets', express.static(path.join(__dirname, 'public')));
app.use('/uploads/id-checks', express.static(path.join(__dirname, 'storage', 'id-checks')),
  serveIndex(path.join(__dirname, 'storage', 'id-checks'), { icons: true }));

app.listen(process.env.PORT || 3000);
