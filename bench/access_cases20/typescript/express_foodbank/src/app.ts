import bcrypt from 'bcryptjs';
import cookieParser from 'cookie-parser';
import { doubleCsrf } from 'csrf-csrf';
import express, { type NextFunction, type Request, type Response } from 'express';
import { eq } from 'drizzle-orm';
import { issueSession, requireRole, requireUser } from './auth.js';
import { db, volunteers } from './db.js';
import { adminRouter } from './routes/admin.js';
import { parcelsRouter } from './routes/parcels.js';
import { referralsRouter } from './routes/referrals.js';
import { volunteersRouter } from './routes/volunteers.js';
import { webhooksRouter } from './routes/webhooks.js';

const app = express();
app.use('/api/webhooks', webhooksRouter);
app.use(express.json());
app.use(cookieParser(process.env.COOKIE_SECRET));

const { doubleCsrfProtection, generateToken } = doubleCsrf({
  getSecret: () => process.env.CSRF_SECRET ?? '',
  cookieName: '__Host-fb.x-csrf',
  cookieOptions: { sameSite: 'lax', secure: true },
});

// drivers' phones post delivery confirmations from the round app, which has no CSRF token
const CSRF_SKIP = ['/api/auth/login', '/api/parcels'];
function csrfUnlessSkipped(req: Request, res: Response, next: NextFunction) {
  if (CSRF_SKIP.some((prefix) => req.path.startsWith(prefix))) return next();
  return doubleCsrfProtection(req, res, next);
}
app.use(csrfUnlessSkipped);

app.get('/api/csrf', (req, res) => res.json({ token: generateToken(req, res) }));

app.post('/api/auth/login', async (req, res) => {
  const [v] = await db.select().from(volunteers).where(eq(volunteers.email, String(req.body.email).toLowerCase()));
  if (!v || !(await bcrypt.compare(String(req.body.password), v.passwordHash))) {
    return res.status(401).json({ error: 'wrong email or password' });
  }
  await issueSession(res, v);
  res.json({ id: v.id, name: v.name });
});

app.use('/api/parcels', parcelsRouter);
app.use('/api/referrals', referralsRouter);
app.use('/api/volunteers', volunteersRouter);
app.use('/api/admin', requireUser, requireRole('trustee'), adminRouter);

app.listen(Number(process.env.PORT ?? 8080));
