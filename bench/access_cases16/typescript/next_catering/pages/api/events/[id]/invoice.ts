import { withSession } from '../../../../lib/auth';
import { prisma } from '../../../../lib/prisma';

export default withSession(async (req, res, session) => {
  const invoice = await prisma.invoice.findFirst({ where: { eventId: String(req.query.id) }, include: { lines: true } });
  if (!invoice) return res.status(404).end();
  return res.json(invoice);
});
