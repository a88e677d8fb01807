const express = require('express');
const session = require('express-session');
const path = require('path');
const { requireAuth, requireAdmin } = require('./auth');
const pages = require('./pages');
const accounts = require('./accounts');
const stats = require('./stats');

const app = express();
app.use(express.json());
app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, sameSite: 'lax', secure: true },
}));

app.use(express.static(__dirname));
app.use('/assets', express.static(path.join(__dirname, 'public')));

app.use('/api/accounts', accounts);
app.use('/api/pages', requireAuth, pages);

app.get('/api/admin/stats', requireAuth, requireAdmin, stats.summary);
app.post('/api/admin/reindex', requireAuth, requireAdmin, stats.reindex);
app.delete('/api/admin/cache', stats.clearCache);

app.get('/healthz', (req, res) => res.json({ ok: true }));

module.exports = app;
