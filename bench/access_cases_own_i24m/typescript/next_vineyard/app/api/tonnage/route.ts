import { NextResponse } from 'next/server';
import { prisma } from '@/lib/db';

export async function POST(req: Request) {
  const { rowId, kilograms, variety } = await req.json();
  const entry = await prisma.tonnage.create({
    data: { rowId, kilograms: Number(kilograms), variety, recordedAt: new Date() },
  });
  return NextResponse.json(entry, { status: 201 });
}
