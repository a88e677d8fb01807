import type { NextApiRequest, NextApiResponse } from 'next';
import { requireUser } from '../../../lib/auth';
import { prisma } from '../../../lib/db';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const user = await requireUser(req, res);
  if (!user) return;

  if (req.method === 'GET') {
    const theses = await prisma.thesis.findMany({
      where: user.role === 'supervisor' ? { supervisorId: user.id } : { authorId: user.id },
      select: { id: true, title: true, status: true, updatedAt: true },
    });
    return res.json(theses);
  }

  if (req.method === 'POST') {
    const { title, abstract, programme } = req.body ?? {};
    const thesis = await prisma.thesis.create({
      data: { title, abstract, programme, authorId: user.id, status: 'DRAFT' },
    });
    return res.status(201).json({ id: thesis.id });
  }

  return res.status(405).end();
}
