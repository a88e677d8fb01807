import { prisma } from '@/lib/db';
import { errorResponse, requireUser } from '@/lib/auth';

export async function GET() {
  try {
    const me = await requireUser();
    const appointments = await prisma.appointment.findMany({
      where: { clientId: me.id },
      orderBy: { startsAt: 'asc' },
      include: { artist: { select: { name: true } } },
    });
    return Response.json(appointments);
  } catch (err) {
    return errorResponse(err);
  }
}

export async function POST(req: Request) {
  try {
    const me = await requireUser();
    const { artistId, startsAt, placement, sizeCm, description } = await req.json();
    const appointment = await prisma.appointment.create({
      data: { artistId, startsAt: new Date(startsAt), placement, sizeCm: Number(sizeCm), description, clientId: me.id },
    });
    return Response.json(appointment, { status: 201 });
  } catch (err) {
    return errorResponse(err);
  }
}
