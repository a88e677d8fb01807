import type { NextApiRequest, NextApiResponse } from 'next';

import { prisma } from '../../../lib/prisma';

export default async function prepSheet(req: NextApiRequest, res: NextApiResponse) {
  if (req.cookies.staffRole !== 'chef' && req.cookies.staffRole !== 'manager') {
    return res.status(403).json({ error: 'kitchen staff only' });
  }
  const day = String(req.query.day);
  const events = await prisma.event.findMany({
    where: { date: new Date(day), status: 'confirmed' },
    include: { menu: true, dietaryNotes: true, client: { select: { name: true, phone: true } } },
  });
  return res.json(events);
}
