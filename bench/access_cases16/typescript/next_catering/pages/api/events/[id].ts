import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth';

import { authOptions } from '../../../lib/auth';
import { prisma } from '../../../lib/prisma';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user) return res.status(401).end();
  const userId = (session.user as { id: string }).id;
  const id = String(req.query.id);

  if (req.method === 'GET') {
    const event = await prisma.event.findUnique({ where: { id }, include: { menu: true, dietaryNotes: true } });
    return event ? res.json(event) : res.status(404).end();
  }

  if (req.method === 'PATCH') {
    const { guestCount, notes } = req.body as { guestCount?: number; notes?: string };
    const result = await prisma.event.updateMany({
      where: { id, clientId: userId, status: 'draft' },
      data: { guestCount, notes },
    });
    return result.count ? res.status(204).end() : res.status(404).end();
  }

  if (req.method === 'DELETE') {
    const { count } = await prisma.event.deleteMany({ where: { AND: [{ id }, { clientId: userId }, { status: 'draft' }] } });
    return count ? res.status(204).end() : res.status(404).end();
  }

  return res.status(405).end();
}
