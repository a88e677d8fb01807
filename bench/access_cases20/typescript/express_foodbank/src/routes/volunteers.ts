import { Router } from 'express';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, shifts, volunteers } from '../db.js';
import { kioskVolunteer, requireUser } from '../auth.js';

export const volunteersRouter = Router();

const ContactPatch = z.object({ name: z.string().min(1).max(120), phone: z.string().max(30).optional() }).strict();

volunteersRouter.patch('/me', requireUser, async (req, res) => {
  const parsed = ContactPatch.safeParse(req.body);
  if (!parsed.success) return res.status(400).json(parsed.error.flatten());
  await db.update(volunteers).set({ ...parsed.data, updatedAt: new Date() }).where(eq(volunteers.id, res.locals.me.id));
  res.json({ ok: true });
});

volunteersRouter.post('/kiosk/check-in', kioskVolunteer, async (req, res) => {
  const [shift] = await db
    .insert(shifts)
    .values({ volunteerId: res.locals.me.id, checkedInAt: new Date() })
    .returning();
  res.status(201).json(shift);
});
