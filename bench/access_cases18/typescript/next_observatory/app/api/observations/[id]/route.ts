import { NextRequest, NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';
import { getMember } from '@/lib/session';

export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const member = await getMember(req);
  if (!member) return NextResponse.json({ error: 'login required' }, { status: 401 });
  const { id } = await params;
  const observation = await prisma.observation.findUnique({
    where: { id },
    include: { frames: true, member: { select: { name: true, homeLatitude: true, homeLongitude: true } } },
  });
  if (!observation) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return NextResponse.json(observation);
}

export async function PATCH(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const member = await getMember(req);
  if (!member) return NextResponse.json({ error: 'login required' }, { status: 401 });
  const { id } = await params;
  const existing = await prisma.observation.findUnique({ where: { id }, select: { memberId: true } });
  if (!existing || existing.memberId !== member.id) {
    return NextResponse.json({ error: 'not found' }, { status: 404 });
  }
  const { title } = await req.json();
  const updated = await prisma.observation.update({ where: { id }, data: { title: String(title).slice(0, 120) } });
  return NextResponse.json(updated);
}
