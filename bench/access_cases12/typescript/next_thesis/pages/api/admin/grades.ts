import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '../../../lib/db';

// Registrar-only: middleware.ts checks the role for every /api/admin route.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const { thesisId, grade } = req.body as { thesisId: string; grade: string };
  await prisma.thesis.update({ where: { id: thesisId }, data: { grade, status: 'GRADED' } });
  return res.json({ ok: true });
}
