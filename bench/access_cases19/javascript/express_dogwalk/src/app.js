const express = require('express');
const helmet = require('helmet');
const { requireAuth, requireRole } = require('./middleware/auth');
const authRoutes = require('./routes/auth');
const dogRoutes = require('./routes/dogs');
const walkRoutes = require('./routes/walks');
const accountRoutes = require('./routes/account');
const adminRoutes = require('./routes/admin');
const webhookRoutes = require('./routes/webhooks');
const payouts = require('./routes/payouts');

const app = express();
app.use(helmet());

// raw body for signature checks, before the JSON parser
app.use('/webhooks', express.raw({ type: 'application/json' }), webhookRoutes);
app.use(express.json({ limit: '100kb' }));

app.get('/health', (req, res) => res.json({ ok: true }));
app.use('/auth', authRoutes);
app.use('/dogs', requireAuth, dogRoutes);
app.use('/walks', requireAuth, walkRoutes);
app.use('/account', requireAuth, accountRoutes);
app.use('/admin', requireAuth, requireRole('admin'), adminRoutes);
app.post('/ops/payouts/run', payouts.runWeeklyPayouts);

app.listen(process.env.PORT || 3000);
module.exports = app;
