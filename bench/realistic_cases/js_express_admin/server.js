const express = require('express');
const rateLimit = require('express-rate-limit');
const admin = require('./routes/admin');
const { sequelize } = require('./services/db');

const app = express();
app.use(express.json({ limit: '50mb' }));
app.use('/admin', rateLimit({ windowMs: 60000, max: 120 }), admin);
app.use((err, req, res, next) => {
  console.error(err);
  res.status(500).json({ error: 'internal error' });
});

sequelize.sync().then(() => app.listen(process.env.PORT || 8000, '127.0.0.1'));
