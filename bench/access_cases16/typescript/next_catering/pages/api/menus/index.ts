import type { NextApiRequest, NextApiResponse } from 'next';

import { prisma } from '../../../lib/prisma';

export default async function menus(_req: NextApiRequest, res: NextApiResponse) {
  const list = await prisma.menu.findMany({ where: { published: true }, select: { id: true, name: true, pricePerHeadPence: true } });
  return res.json(list);
}
