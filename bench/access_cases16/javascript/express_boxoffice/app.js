'use strict';

const path = require('path');
const express = require('express');
const session = require('express-session');
const PgSession = require('connect-pg-simple')(session);
const helmet = require('helmet');
const csrf = require('csurf');
const serveIndex = require('serve-index');

const { pool } = require('./db');
const { requireLogin, requireRole, internalOnly } = require('./middleware/auth');
const apiRouter = require('./routes/api');
const bookingsRouter = require('./routes/bookings');
const adminRouter = require('./routes/admin');
const reportsRouter = require('./routes/reports');
const webhooks = require('./routes/webhooks');

const app = express();
app.use(helmet());
app.use('/webhooks', express.raw({ type: 'application/json' }), webhooks);
app.use(express.json());
app.use(express.urlencoded({ extended: false }));

app.use('/api/v1', apiRouter);

app.use(session({
  store: new PgSession({ pool }),
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, sameSite: 'lax', secure: true },
}));

const csrfProtection = csrf();
const CSRF_SKIP = new Set(['/login', '/bookings/transfer']);
app.use((req, res, next) => (CSRF_SKIP.has(req.path) ? next() : csrfProtection(req, res, next)));

app.use('/static', express.static(path.join(__dirname, 'public'), { index: false }));
app.use('/contracts', express.static(path.join(__dirname, 'private', 'contracts')),
  serveIndex(path.join(__dirname, 'private', 'contracts'), { icons: true }));

app.post('/login', require('./routes/login'));
app.use('/bookings', requireLogin, bookingsRouter);
app.use('/admin', requireLogin, requireRole('manager'), adminRouter);
app.use('/reports', requireLogin, reportsRouter);
app.post('/internal/comp-tickets', internalOnly, require('./routes/comps'));

app.get('/shows', async (req, res) => {
  const { rows } = await pool.query('SELECT id, title, starts_at FROM shows WHERE starts_at > now() ORDER BY starts_at');
  res.json(rows);
});

module.exports = app;
