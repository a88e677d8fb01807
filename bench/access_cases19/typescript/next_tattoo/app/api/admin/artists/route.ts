import { prisma } from '@/lib/db';
import { errorResponse, requireStaff } from '@/lib/auth';

export async function POST(req: Request) {
  try {
    await requireStaff('owner');
    const { userId, commissionPct } = await req.json();
    const user = await prisma.user.update({
      where: { id: String(userId) },
      data: { role: 'artist', commissionPct: Math.min(Math.max(Number(commissionPct), 0), 80) },
    });
    return Response.json({ id: user.id, role: user.role });
  } catch (err) {
    return errorResponse(err);
  }
}

export async function GET() {
  try {
    await requireStaff('owner', 'artist');
    return Response.json(await prisma.user.findMany({ where: { role: { in: ['artist', 'owner'] } }, select: { id: true, name: true } }));
  } catch (err) {
    return errorResponse(err);
  }
}
