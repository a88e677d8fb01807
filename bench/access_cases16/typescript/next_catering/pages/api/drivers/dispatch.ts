import type { NextApiRequest, NextApiResponse } from 'next';

import { dispatcherFromRequest } from '../../../lib/drivers';
import { prisma } from '../../../lib/prisma';

export default async function dispatch(req: NextApiRequest, res: NextApiResponse) {
  const dispatcher = await dispatcherFromRequest(req);
  if (!dispatcher) return res.status(403).end();
  const { deliveryId, driverId } = req.body as { deliveryId: string; driverId: string };
  const updated = await prisma.delivery.update({ where: { id: deliveryId }, data: { driverId } });
  return res.json(updated);
}
