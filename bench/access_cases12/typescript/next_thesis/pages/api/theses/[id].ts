import type { NextApiRequest, NextApiResponse } from 'next';
import { requireUser } from '../../../lib/auth';
import { prisma } from '../../../lib/db';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const user = await requireUser(req, res);
  if (!user) return;
  const id = String(req.query.id);

  if (req.method === 'GET') {
    const thesis = await prisma.thesis.findUnique({
      where: { id },
      include: { chapters: true, supervisorNotes: true },
    });
    if (!thesis) return res.status(404).json({ error: 'not found' });
    return res.json(thesis);
  }

  if (req.method === 'PUT') {
    const result = await prisma.thesis.updateMany({
      where: { id, authorId: user.id, status: 'DRAFT' },
      data: req.body,
    });
    return res.json({ updated: result.count });
  }

  if (req.method === 'DELETE') {
    const thesis = await prisma.thesis.findUnique({ where: { id } });
    if (!thesis || thesis.authorId !== user.id) {
      return res.status(404).json({ error: 'not found' });
    }
    await prisma.thesis.delete({ where: { id } });
    return res.status(204).end();
  }

  res.setHeader('Allow', 'GET, PUT, DELETE');
  return res.status(405).end();
}
