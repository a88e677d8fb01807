'use strict';

const express = require('express');
const session = require('express-session');
const cookieParser = require('cookie-parser');
const helmet = require('helmet');
const KnexSessionStore = require('connect-session-knex')(session);

const db = require('./db');
const { requireAuth, requireRole } = require('./middleware/auth');
const publicRoutes = require('./routes/public');
const tabs = require('./routes/tabs');
const admin = require('./routes/admin');
const internal = require('./routes/internal');

const app = express();
app.set('trust proxy', 1);
app.use(helmet());
app.use(express.json({ limit: '100kb' }));
app.use(express.urlencoded({ extended: false }));
app.use(cookieParser());
app.use(session({
  name: 'taproom.sid',
  secret: process.env.SESSION_SECRET,
  store: new KnexSessionStore({ knex: db, tablename: 'sessions' }),
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 8 * 3600 * 1000 },
}));

app.use('/', publicRoutes);
app.use('/tabs', requireAuth, tabs);
app.use('/admin', requireAuth, requireRole('manager'), admin);
app.use('/internal', internal);

app.use((err, req, res, next) => {
  console.error(err);
  res.status(500).json({ error: 'internal error' });
});

app.listen(process.env.PORT || 3000);
module.exports = app;
