import { Router } from 'express';
import { and, eq } from 'drizzle-orm';
import { db, households, parcels } from '../db.js';
import { requireUser } from '../auth.js';

export const parcelsRouter = Router();
parcelsRouter.use(requireUser);

parcelsRouter.get('/my-rounds', async (req, res) => {
  const rows = await db.select().from(parcels).where(eq(parcels.driverId, res.locals.me.id));
  res.json(rows);
});

parcelsRouter.get('/:id', async (req, res) => {
  const [row] = await db
    .select({ parcel: parcels, household: households })
    .from(parcels)
    .innerJoin(households, eq(households.id, parcels.householdId))
    .where(eq(parcels.id, Number(req.params.id)));
  if (!row) return res.sendStatus(404);
  res.json(row);
});

parcelsRouter.post('/:id/delivered', async (req, res) => {
  const updated = await db
    .update(parcels)
    .set({ delivered: true })
    .where(and(eq(parcels.id, Number(req.params.id)), eq(parcels.driverId, res.locals.me.id)))
    .returning({ id: parcels.id });
  if (updated.length === 0) return res.sendStatus(404);
  res.json({ ok: true });
});
