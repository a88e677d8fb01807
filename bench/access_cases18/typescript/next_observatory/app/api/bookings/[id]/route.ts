import { NextRequest, NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';
import { getMember } from '@/lib/session';

export async function DELETE(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const member = await getMember(req);
  if (!member) return NextResponse.json({ error: 'login required' }, { status: 401 });
  const { id } = await params;
  const { count } = await prisma.telescopeBooking.deleteMany({ where: { id, memberId: member.id } });
  if (count === 0) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return new NextResponse(null, { status: 204 });
}
