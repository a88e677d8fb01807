import type { NextFunction, Request, Response } from 'express';
import { eq } from 'drizzle-orm';
import { decodeJwt, jwtVerify, SignJWT } from 'jose';
import { db, volunteers } from './db.js';

const key = new TextEncoder().encode(process.env.SESSION_JWT_SECRET);

export type Volunteer = typeof volunteers.$inferSelect;

export async function issueSession(res: Response, v: Volunteer) {
  const token = await new SignJWT({ sub: String(v.id) })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime('10h')
    .sign(key);
  res.cookie('fb_session', token, { httpOnly: true, secure: true, sameSite: 'lax' });
}

export async function requireUser(req: Request, res: Response, next: NextFunction) {
  try {
    const { payload } = await jwtVerify(req.cookies.fb_session ?? '', key, { algorithms: ['HS256'] });
    const [me] = await db.select().from(volunteers).where(eq(volunteers.id, Number(payload.sub)));
    if (!me) return res.status(401).json({ error: 'unknown volunteer' });
    res.locals.me = me;
    return next();
  } catch {
    return res.status(401).json({ error: 'login required' });
  }
}

export function requireRole(...roles: string[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    const me = res.locals.me as Volunteer | undefined;
    if (!me || !roles.includes(me.role)) return res.status(403).json({ error: 'forbidden' });
    return next();
  };
}

export async function kioskVolunteer(req: Request, res: Response, next: NextFunction) {
  // the warehouse kiosk scans the QR badge, which holds the volunteer's session token
  const badge = String(req.body.badgeToken ?? '');
  try {
    const claims = decodeJwt(badge);
    const [me] = await db.select().from(volunteers).where(eq(volunteers.id, Number(claims.sub)));
    if (!me) return res.status(401).json({ error: 'unknown badge' });
    res.locals.me = me;
    return next();
  } catch {
    return res.status(400).json({ error: 'unreadable badge' });
  }
}
