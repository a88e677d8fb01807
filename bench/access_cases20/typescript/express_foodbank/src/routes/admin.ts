import { Router } from 'express';
import { eq } from 'drizzle-orm';
import { db, households, volunteers } from '../db.js';

export const adminRouter = Router();

adminRouter.get('/volunteers', async (_req, res) => {
  res.json(await db.select({ id: volunteers.id, name: volunteers.name, role: volunteers.role }).from(volunteers));
});

adminRouter.delete('/households/:id', async (req, res) => {
  await db.delete(households).where(eq(households.id, Number(req.params.id)));
  res.sendStatus(204);
});

adminRouter.post('/volunteers/:id/role', async (req, res) => {
  const role = String(req.body.role);
  if (!['volunteer', 'coordinator', 'trustee'].includes(role)) return res.sendStatus(400);
  await db.update(volunteers).set({ role }).where(eq(volunteers.id, Number(req.params.id)));
  res.json({ ok: true });
});
