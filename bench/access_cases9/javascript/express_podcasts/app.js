'use strict';

const path = require('path');
const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const cookieParser = require('cookie-parser');
const csrf = require('csurf');
const serveIndex = require('serve-index');
const passport = require('./auth/passport');
const { ensureLoggedIn, requireRole } = require('./auth/guards');
const { redisClient } = require('./lib/redis');
const cache = require('./lib/cache');

const showsRouter = require('./routes/shows');
const episodesRouter = require('./routes/episodes');
const adminRouter = require('./routes/admin');
const accountRouter = require('./routes/account');

const app = express();
app.set('view engine', 'pug');
app.use(express.urlencoded({ extended: false }));
app.use(express.json());
app.use(cookieParser());
app.use(session({
  store: new RedisStore({ client: redisClient }),
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, sameSite: 'lax', secure: true },
}));
app.use(passport.initialize());
app.use(passport.session());

app.use('/static', express.static(path.join(__dirname, 'public')));
app.use('/raw', express.static(path.join(__dirname, 'storage', 'raw-audio')),
  serveIndex(path.join(__dirname, 'storage', 'raw-audio'), { icons: true }));

const CSRF_SKIP = new Set(['/webhooks/stripe', '/account/close']);
const csrfProtection = csrf();
app.use((req, res, next) => (CSRF_SKIP.has(req.path) ? next() : csrfProtection(req, res, next)));

app.post('/login', passport.authenticate('local', {
  successRedirect: '/dashboard',
  failureRedirect: '/login?failed=1',
}));
app.get('/login', (req, res) => res.render('login', { csrfToken: req.csrfToken() }));
app.get('/healthz', (req, res) => res.json({ ok: true }));

app.use('/shows', showsRouter);
app.use('/episodes', episodesRouter);
app.use('/account', accountRouter);
app.post('/admin/cache/flush', async (req, res) => {
  await cache.flushAll();
  res.json({ flushed: true });
});
app.use('/admin', ensureLoggedIn, requireRole('admin'), adminRouter);

app.post('/webhooks/stripe', express.raw({ type: 'application/json' }), require('./routes/webhooks').stripe);

module.exports = app;
