import type { NextApiRequest, NextApiResponse } from 'next';

import { withSession, type AuthedHandler } from '../../../lib/auth';
import { prisma } from '../../../lib/prisma';

const handler: AuthedHandler = async (req: NextApiRequest, res: NextApiResponse, session) => {
  if (req.method === 'GET') {
    const events = await prisma.event.findMany({ where: { clientId: session.user.id }, orderBy: { date: 'asc' } });
    return res.json(events);
  }
  if (req.method === 'POST') {
    const event = await prisma.event.create({ data: { ...req.body, clientId: session.user.id } });
    return res.status(201).json(event);
  }
  return res.status(405).end();
};

export default withSession(handler);
