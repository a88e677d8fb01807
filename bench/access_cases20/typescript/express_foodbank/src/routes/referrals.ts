import { Router } from 'express';
import { eq } from 'drizzle-orm';
import { db, referrals } from '../db.js';
import { requireRole, requireUser } from '../auth.js';

export const referralsRouter = Router();

referralsRouter.get('/pending', requireUser, requireRole('coordinator', 'trustee'), async (_req, res) => {
  res.json(await db.select().from(referrals).where(eq(referrals.status, 'pending')));
});

referralsRouter.post('/:id/approve', requireUser, async (req, res) => {
  await db
    .update(referrals)
    .set({ status: 'approved', decidedBy: res.locals.me.id })
    .where(eq(referrals.id, Number(req.params.id)));
  res.json({ ok: true });
});

referralsRouter.post('/:id/decline', requireUser, requireRole('coordinator', 'trustee'), async (req, res) => {
  await db
    .update(referrals)
    .set({ status: 'declined', decidedBy: res.locals.me.id })
    .where(eq(referrals.id, Number(req.params.id)));
  res.json({ ok: true });
});
