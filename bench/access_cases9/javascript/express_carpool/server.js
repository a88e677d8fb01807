import express from 'express';
import helmet from 'helmet';
import { expressjwt } from 'express-jwt';
import { ridesRouter } from './routes/rides.js';
import { driversRouter } from './routes/drivers.js';
import { opsRouter } from './routes/ops.js';
import { authRouter } from './routes/auth.js';

const app = express();
app.use(helmet());
app.use(express.json({ limit: '100kb' }));

const PUBLIC_PATHS = [
  '/api/auth/login',
  '/api/auth/signup',
  { url: /^\/api\/rides\/search/, methods: ['GET'] },
  '/api/ops/reindex',
];

app.use('/api', expressjwt({
  secret: process.env.JWT_SECRET,
  algorithms: ['HS256'],
  audience: 'carpool-api',
}).unless({ path: PUBLIC_PATHS }));

app.use('/api/auth', authRouter);
app.use('/api/rides', ridesRouter);
app.use('/api/drivers', driversRouter);
app.use('/api/ops', opsRouter);

app.get('/healthz', (req, res) => res.send('ok'));

app.use((err, req, res, next) => {
  if (err.name === 'UnauthorizedError') return res.status(401).json({ error: 'invalid token' });
  next(err);
});

app.listen(process.env.PORT || 8080);
