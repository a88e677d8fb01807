import { NextResponse } from 'next/server';
import { prisma } from '@/lib/db';
import { getViewer } from '@/lib/session';

export async function GET(_req: Request, { params }: { params: { id: string } }) {
  const viewer = await getViewer();
  const picker = await prisma.picker.findFirst({
    where: { id: params.id, estateId: viewer!.estateId },
  });
  if (!picker) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return NextResponse.json(picker);
}

export async function PATCH(req: Request, { params }: { params: { id: string } }) {
  const body = await req.json();
  const picker = await prisma.picker.update({
    where: { id: params.id },
    data: { hoursWorked: Number(body.hoursWorked), bucketCount: Number(body.bucketCount) },
  });
  return NextResponse.json(picker);
}
