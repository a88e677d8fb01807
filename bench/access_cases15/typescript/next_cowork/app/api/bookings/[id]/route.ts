import { NextRequest, NextResponse } from 'next/server';
import { prisma } from '@/lib/db';
import { getMember } from '@/lib/session';

type Ctx = { params: { id: string } };

export async function GET(_request: NextRequest, { params }: Ctx) {
  const member = await getMember();
  if (!member) return NextResponse.json({ error: 'sign in' }, { status: 401 });
  const booking = await prisma.booking.findUnique({
    where: { id: params.id },
    include: { desk: true, guests: true },
  });
  if (!booking) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return NextResponse.json(booking);
}

export async function PATCH(request: NextRequest, { params }: Ctx) {
  const member = await getMember();
  if (!member) return NextResponse.json({ error: 'sign in' }, { status: 401 });
  const body = await request.json();
  const result = await prisma.booking.updateMany({
    where: { id: params.id, memberId: member.id },
    data: body,
  });
  if (result.count === 0) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return NextResponse.json({ updated: true });
}

export async function DELETE(_request: NextRequest, { params }: Ctx) {
  const member = await getMember();
  if (!member) return NextResponse.json({ error: 'sign in' }, { status: 401 });
  const result = await prisma.booking.deleteMany({ where: { id: params.id, memberId: member.id } });
  if (result.count === 0) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return new NextResponse(null, { status: 204 });
}
