import { prisma } from '@/lib/db';

export async function POST(req: Request) {
  const { weekEnding } = await req.json();
  const end = new Date(weekEnding);
  const start = new Date(end.getTime() - 7 * 24 * 3600 * 1000);
  const done = await prisma.appointment.groupBy({
    by: ['artistId'],
    where: { completedAt: { gte: start, lt: end }, paidOut: false },
    _sum: { pricePence: true },
  });
  for (const row of done) {
    await prisma.payout.create({ data: { artistId: row.artistId, pence: Math.round((row._sum.pricePence ?? 0) * 0.6), weekEnding: end } });
  }
  await prisma.appointment.updateMany({ where: { completedAt: { gte: start, lt: end } }, data: { paidOut: true } });
  return Response.json({ artists: done.length });
}
