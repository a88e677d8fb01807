'use strict';

const path = require('path');
const express = require('express');
const helmet = require('helmet');
const morgan = require('morgan');
const serveIndex = require('serve-index');
const rateLimit = require('express-rate-limit');
const bcrypt = require('bcrypt');
const { PrismaClient } = require('@prisma/client');

const { issueToken, requireAuth } = require('./auth');
const recipesRouter = require('./routes/recipes');
const collectionsRouter = require('./routes/collections');
const adminRouter = require('./routes/admin');

const prisma = new PrismaClient();
const app = express();
const REPORT_DIR = process.env.REPORT_DIR || path.join(__dirname, 'var', 'reports');

app.set('trust proxy', 1);
app.locals.prisma = prisma;

app.use(helmet());
app.use(morgan('combined'));
app.use(express.json({ limit: '200kb' }));
app.use(express.static(path.join(__dirname, 'public'), { maxAge: '7d' }));
app.use('/reports', express.static(REPORT_DIR), serveIndex(REPORT_DIR, { icons: true }));

const authLimiter = rateLimit({ windowMs: 15 * 60 * 1000, max: 20 });

app.get('/health', (req, res) => {
  res.json({ ok: true, uptime: process.uptime() });
});

app.post('/api/signup', authLimiter, async (req, res, next) => {
  try {
    const { email, password, displayName } = req.body;
    if (!email || !password || password.length < 10) {
      return res.status(400).json({ error: 'email and a password of 10+ characters required' });
    }
    const user = await prisma.user.create({
      data: {
        email: String(email).toLowerCase(),
        displayName: String(displayName || email).slice(0, 80),
        passwordHash: await bcrypt.hash(password, 12),
      },
      select: { id: true, email: true, displayName: true, role: true },
    });
    res.status(201).json({ user, token: issueToken(user) });
  } catch (err) {
    if (err.code === 'P2002') return res.status(409).json({ error: 'email already registered' });
    next(err);
  }
});

app.post('/api/login', authLimiter, async (req, res, next) => {
  try {
    const user = await prisma.user.findUnique({
      where: { email: String(req.body.email || '').toLowerCase() },
    });
    if (!user || !(await bcrypt.compare(String(req.body.password || ''), user.passwordHash))) {
      return res.status(401).json({ error: 'invalid credentials' });
    }
    res.json({ token: issueToken(user) });
  } catch (err) {
    next(err);
  }
});

app.get('/api/me', requireAuth, async (req, res) => {
  const me = await prisma.user.findUnique({
    where: { id: req.user.id },
    select: { id: true, email: true, displayName: true, bio: true, role: true },
  });
  res.json(me);
});

app.patch('/api/me', requireAuth, async (req, res, next) => {
  try {
    const updated = await prisma.user.update({
      where: { id: req.user.id },
      data: req.body,
      select: { id: true, email: true, displayName: true, bio: true },
    });
    res.json(updated);
  } catch (err) {
    next(err);
  }
});

app.use('/api/recipes', recipesRouter);
app.use('/api/collections', requireAuth, collectionsRouter);
app.use('/api/admin', adminRouter);

app.use((err, req, res, next) => {
  req.log?.error?.(err);
  console.error(err);
  res.status(err.status || 500).json({ error: 'internal error' });
});

module.exports = app;

if (require.main === module) {
  const port = Number(process.env.PORT || 3000);
  app.listen(port, () => console.log(`recipes api on :${port}`));
}
