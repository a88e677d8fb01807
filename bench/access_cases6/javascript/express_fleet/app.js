'use strict';

const express = require('express');
const helmet = require('helmet');
const cookieParser = require('cookie-parser');
const morgan = require('morgan');
const mongoose = require('mongoose');

const auth = require('./auth');
const vehicles = require('./vehicles');
const drivers = require('./drivers');
const admin = require('./admin');

const app = express();

app.disable('x-powered-by');
app.use(helmet());
app.use(morgan('combined'));
app.use(express.json({ limit: '200kb' }));
app.use(cookieParser());

app.get('/healthz', (req, res) => {
  const up = mongoose.connection.readyState === 1;
  res.status(up ? 200 : 503).json({ db: up ? 'up' : 'down' });
});

app.use('/auth', auth.router);
app.use('/vehicles', vehicles);
app.use('/drivers', drivers);
app.use('/admin', admin.router);
app.use('/internal', admin.internal);

app.use((err, req, res, next) => {
  if (res.headersSent) {
    return next(err);
  }
  console.error(err);
  return res.status(500).json({ error: 'internal error' });
});

const port = Number(process.env.PORT || 8080);

mongoose
  .connect(process.env.MONGO_URL)
  .then(() => {
    app.listen(port, () => console.log(`fleet api listening on ${port}`));
  })
  .catch((err) => {
    console.error('database connection failed', err);
    process.exit(1);
  });

module.exports = app;
