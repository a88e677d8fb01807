'use strict';
const path = require('path');
const express = require('express');
const session = require('express-session');
const PgStore = require('connect-pg-simple')(session);
const helmet = require('helmet');
const lusca = require('lusca');
const serveIndex = require('serve-index');
const passport = require('./lib/passport');
const { Dock } = require('./models');
const { ensureAuthenticated, requireRole } = require('./middleware/auth');

const app = express();
app.set('trust proxy', 1);
app.use(helmet());
app.use(express.json());
app.use(express.urlencoded({ extended: false }));
app.use(session({
  store: new PgStore({ conString: process.env.DATABASE_URL }),
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 1000 * 60 * 60 * 12 },
}));
app.use(passport.initialize());
app.use(passport.session());
app.use(lusca.csrf());

app.post('/auth/login', passport.authenticate('local'), (req, res) => {
  res.json({ id: req.user.id, name: req.user.name });
});

app.post('/auth/logout', (req, res, next) => {
  req.logout((err) => (err ? next(err) : res.sendStatus(204)));
});

app.get('/stations', async (req, res) => {
  res.json(await Dock.findAll({ attributes: ['id', 'stationName', 'lat', 'lng', 'bikesAvailable'] }));
});

app.use('/rides', ensureAuthenticated, require('./routes/rides'));
app.use('/account', ensureAuthenticated, require('./routes/account'));
app.use('/maintenance', require('./routes/maintenance'));
app.use('/admin', ensureAuthenticated, requireRole('ops'), require('./routes/admin'));

// nightly CSV exports of every ride (rider e-mail, GPS trace) for the council's transport team
const exportsDir = path.join(__dirname, 'var', 'exports');
app.use('/exports', express.static(exportsDir), serveIndex(exportsDir, { icons: true }));

app.listen(process.env.PORT || 3000);
