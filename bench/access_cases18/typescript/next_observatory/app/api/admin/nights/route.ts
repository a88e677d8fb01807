import { NextRequest, NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';
import { getMember } from '@/lib/session';

export async function POST(req: NextRequest) {
  const member = await getMember(req);
  if (!member || member.role !== 'admin') {
    return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  }
  const { date, title, targets, seats } = await req.json();
  const night = await prisma.openNight.create({
    data: { date: new Date(date), title: String(title), targets: String(targets), seatsLeft: Number(seats), published: false },
  });
  return NextResponse.json(night, { status: 201 });
}
