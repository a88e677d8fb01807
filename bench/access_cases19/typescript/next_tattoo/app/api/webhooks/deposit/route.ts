import { createHmac, timingSafeEqual } from 'node:crypto';
import { prisma } from '@/lib/db';

export async function POST(req: Request) {
  const raw = await req.text();
  const given = Buffer.from(req.headers.get('x-deposit-signature') ?? '', 'hex');
  const expected = createHmac('sha256', process.env.DEPOSIT_WEBHOOK_SECRET as string).update(raw).digest();
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return new Response('bad signature', { status: 401 });
  }
  const event = JSON.parse(raw) as { appointmentId: string; status: string };
  if (event.status === 'paid') {
    await prisma.appointment.update({ where: { id: event.appointmentId }, data: { depositPaid: true } });
  }
  return new Response(null, { status: 204 });
}
