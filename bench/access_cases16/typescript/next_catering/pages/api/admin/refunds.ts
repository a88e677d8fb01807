import { withSession } from '../../../lib/auth';
import { prisma } from '../../../lib/prisma';

export default withSession(async (req, res) => {
  if (req.method !== 'POST') return res.status(405).end();
  const { invoiceId, amountPence } = req.body as { invoiceId: string; amountPence: number };
  const refund = await prisma.refund.create({ data: { invoiceId, amountPence, status: 'approved' } });
  return res.status(201).json(refund);
});
