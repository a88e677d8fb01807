import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db';

export const GET: RequestHandler = async () => {
  const slots = await db.extractorSlot.findMany({ where: { day: { gte: new Date() } } });
  return json(slots.map((s) => ({ day: s.day, taken: s.memberId !== null })));
};

export const POST: RequestHandler = async ({ request }) => {
  const { slotId, memberId } = await request.json();
  const slot = await db.extractorSlot.update({
    where: { id: slotId },
    data: { memberId },
  });
  return json(slot, { status: 201 });
};
