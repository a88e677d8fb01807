import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

export const revalidate = 600;

export async function GET() {
  const nights = await prisma.openNight.findMany({
    where: { date: { gte: new Date() }, published: true },
    orderBy: { date: 'asc' },
    select: { id: true, date: true, title: true, targets: true, seatsLeft: true },
    take: 10,
  });
  return NextResponse.json(nights);
}
