import { NextRequest, NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';
import { getMember } from '@/lib/session';

export async function GET(req: NextRequest) {
  const member = await getMember(req);
  if (!member) return NextResponse.json({ error: 'login required' }, { status: 401 });
  const bookings = await prisma.telescopeBooking.findMany({
    where: { memberId: member.id },
    orderBy: { startsAt: 'asc' },
    include: { telescope: { select: { name: true } } },
  });
  return NextResponse.json(bookings);
}

export async function POST(req: NextRequest) {
  const member = await getMember(req);
  if (!member) return NextResponse.json({ error: 'login required' }, { status: 401 });
  const { telescopeId, startsAt, minutes } = await req.json();
  const booking = await prisma.telescopeBooking.create({
    data: {
      telescopeId: String(telescopeId),
      startsAt: new Date(startsAt),
      minutes: Math.min(Number(minutes) || 30, 120),
      memberId: member.id,
    },
  });
  return NextResponse.json(booking, { status: 201 });
}
