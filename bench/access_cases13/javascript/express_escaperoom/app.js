'use strict';
const express = require('express');
const session = require('express-session');
const cookieParser = require('cookie-parser');
const serveIndex = require('serve-index');
const db = require('./db');
const { requireLogin, requireGameMaster, fromFrontDesk } = require('./auth');
const bookings = require('./routes/bookings');
const admin = require('./routes/admin');

const app = express();
app.use(express.json());
app.use(cookieParser());
app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, sameSite: 'lax', secure: true },
}));

app.use('/static', express.static('public'));
app.use('/recordings', express.static('var/recordings'), serveIndex('var/recordings', { icons: true }));

app.use('/admin', requireLogin, requireGameMaster, admin);
app.use('/bookings', bookings);

app.get('/rooms', async (req, res) => {
  res.json(await db.rooms.listPublic());
});

app.post('/rooms/:id/reset-leaderboard', async (req, res) => {
  await db.scores.deleteForRoom(req.params.id);
  res.json({ reset: true });
});

app.post('/desk/check-in/:code', fromFrontDesk, async (req, res) => {
  const booking = await db.bookings.findByCode(req.params.code);
  await db.bookings.markArrived(booking.id);
  res.json({ room: booking.roomId, start: booking.startsAt });
});

app.get('/api/my-bookings', async (req, res) => {
  const userId = req.query.userId || req.session.userId;
  res.json(await db.bookings.listForUser(userId));
});

app.listen(process.env.PORT || 3000);
