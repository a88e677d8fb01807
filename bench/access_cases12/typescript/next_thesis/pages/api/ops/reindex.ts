import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '../../../lib/db';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  await prisma.searchEntry.deleteMany({});
  const theses = await prisma.thesis.findMany({ select: { id: true, title: true, abstract: true } });
  await prisma.searchEntry.createMany({
    data: theses.map((t) => ({ thesisId: t.id, text: `${t.title}\n${t.abstract}` })),
  });
  return res.json({ indexed: theses.length });
}
