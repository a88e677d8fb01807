import { withRole } from '../../../lib/auth';
import { prisma } from '../../../lib/prisma';

export default withRole('manager', async (_req, res) => {
  const clients = await prisma.user.findMany({ select: { id: true, name: true, email: true, phone: true } });
  return res.json(clients);
});
