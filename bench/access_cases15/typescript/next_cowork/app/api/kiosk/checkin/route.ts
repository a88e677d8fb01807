import { NextRequest, NextResponse } from 'next/server';
import { prisma } from '@/lib/db';
import { getKioskMember } from '@/lib/session';

export async function POST(request: NextRequest) {
  const member = getKioskMember();
  if (!member) return NextResponse.json({ error: 'tap your badge' }, { status: 401 });
  const { deskId } = await request.json();
  const booking = await prisma.booking.findFirst({
    where: { deskId, memberId: member.id, day: new Date().toISOString().slice(0, 10) },
  });
  if (!booking) return NextResponse.json({ error: 'no booking today' }, { status: 404 });
  await prisma.booking.update({ where: { id: booking.id }, data: { checkedInAt: new Date() } });
  return NextResponse.json({ welcome: true, doorCode: booking.doorCode });
}
