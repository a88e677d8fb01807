import type { NextApiRequest, NextApiResponse } from 'next';

import { driverFromRequest } from '../../../lib/drivers';
import { prisma } from '../../../lib/prisma';

export default async function deliveries(req: NextApiRequest, res: NextApiResponse) {
  const driver = driverFromRequest(req);
  if (!driver) return res.status(401).end();
  const drops = await prisma.delivery.findMany({
    where: { driverId: driver.driverId, date: new Date() },
    include: { event: { select: { venueAddress: true, contactPhone: true, accessCode: true } } },
  });
  return res.json(drops);
}
