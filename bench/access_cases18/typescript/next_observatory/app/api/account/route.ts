import { NextRequest, NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';
import { getMember } from '@/lib/session';

export async function GET(req: NextRequest) {
  const member = await getMember(req);
  if (!member) return NextResponse.json({ error: 'login required' }, { status: 401 });
  const me = await prisma.member.findUnique({
    where: { id: member.id },
    select: { id: true, name: true, email: true, homeLatitude: true, homeLongitude: true },
  });
  return NextResponse.json(me);
}

export async function PATCH(req: NextRequest) {
  const member = await getMember(req);
  if (!member) return NextResponse.json({ error: 'login required' }, { status: 401 });
  const body = await req.json();
  const updated = await prisma.member.update({
    where: { id: member.id },
    data: body,
    select: { id: true, name: true, email: true, role: true, creditMinutes: true },
  });
  return NextResponse.json(updated);
}
