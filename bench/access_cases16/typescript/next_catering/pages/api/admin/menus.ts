import { withRole } from '../../../lib/auth';
import { prisma } from '../../../lib/prisma';

export default withRole('manager', async (req, res) => {
  if (req.method !== 'POST') return res.status(405).end();
  const { name, pricePerHeadPence } = req.body as { name: string; pricePerHeadPence: number };
  const menu = await prisma.menu.create({ data: { name, pricePerHeadPence } });
  return res.status(201).json(menu);
});
