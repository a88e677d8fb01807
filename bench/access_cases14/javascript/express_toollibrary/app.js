'use strict';

const path = require('path');
const express = require('express');
const session = require('express-session');
const PgSession = require('connect-pg-simple')(session);
const bcrypt = require('bcrypt');

const db = require('./db');
const { requireMember, requireLibrarian } = require('./middleware/auth');
const loans = require('./routes/loans');
const admin = require('./routes/admin');

const app = express();
app.set('trust proxy', 1);
app.use(express.json());
app.use(
  session({
    store: new PgSession({ pool: db.pool }),
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, sameSite: 'lax' },
  })
);

app.use('/img', express.static(path.join(__dirname, 'public', 'tool-photos')));
app.use('/id-checks', express.static(path.join(__dirname, 'uploads', 'id-documents'), { dotfiles: 'allow' }));

app.post('/login', async (req, res) => {
  const member = await db.members.findByEmail(String(req.body.email || '').toLowerCase());
  if (!member || !(await bcrypt.compare(String(req.body.password || ''), member.password_hash))) {
    return res.status(401).json({ error: 'wrong email or password' });
  }
  req.session.regenerate(() => {
    req.session.memberId = member.id;
    res.json({ id: member.id, name: member.name });
  });
});

app.use('/api', loans);
app.use('/admin', requireMember, requireLibrarian, admin.router);
app.post('/maintenance/write-off-overdue', admin.writeOffOverdue);

app.listen(process.env.PORT || 3000);
