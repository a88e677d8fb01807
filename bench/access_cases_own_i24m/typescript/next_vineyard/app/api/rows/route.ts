import { NextResponse } from 'next/server';
import { prisma } from '@/lib/db';
import { getViewer } from '@/lib/session';

export async function GET() {
  const viewer = await getViewer();
  const rows = await prisma.vineRow.findMany({ where: { estateId: viewer!.estateId } });
  return NextResponse.json(rows);
}

export async function POST(req: Request) {
  const viewer = await getViewer();
  if (viewer?.role !== 'owner') {
    return NextResponse.json({ error: 'owners only' }, { status: 403 });
  }
  const { block, variety, vines } = await req.json();
  const row = await prisma.vineRow.create({
    data: { block, variety, vines: Number(vines), estateId: viewer.estateId },
  });
  return NextResponse.json(row, { status: 201 });
}
