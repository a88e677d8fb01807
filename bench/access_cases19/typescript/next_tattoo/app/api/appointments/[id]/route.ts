import { prisma } from '@/lib/db';
import { errorResponse, HttpError, requireUser } from '@/lib/auth';

type Params = { params: { id: string } };

export async function GET(_req: Request, { params }: Params) {
  try {
    const me = await requireUser();
    const appointment = await prisma.appointment.findFirst({
      where: { AND: [{ id: params.id }, { clientId: me.id }] },
      include: { artist: { select: { name: true } }, designs: true },
    });
    if (!appointment) throw new HttpError(404, 'not found');
    return Response.json(appointment);
  } catch (err) {
    return errorResponse(err);
  }
}

export async function PATCH(req: Request, { params }: Params) {
  try {
    const me = await requireUser();
    const existing = await prisma.appointment.findUnique({ where: { id: params.id } });
    if (!existing || existing.clientId !== me.id) throw new HttpError(404, 'not found');
    const body = await req.json();
    const updated = await prisma.appointment.update({
      where: { id: existing.id },
      data: { ...body, startsAt: body.startsAt ? new Date(body.startsAt) : existing.startsAt },
    });
    return Response.json(updated);
  } catch (err) {
    return errorResponse(err);
  }
}
