import { NextRequest, NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

const MOUNT_CONTROLLER = process.env.MOUNT_CONTROLLER_URL ?? 'http://10.0.4.20:11111';

export async function POST(req: NextRequest) {
  const { telescopeId, ra, dec, park } = await req.json();
  const telescope = await prisma.telescope.findUniqueOrThrow({ where: { id: String(telescopeId) } });
  const path = park ? 'park' : 'slewtocoordinates';
  const res = await fetch(`${MOUNT_CONTROLLER}/api/v1/telescope/${telescope.alpacaDevice}/${path}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ RightAscension: String(ra ?? 0), Declination: String(dec ?? 0) }),
  });
  await prisma.mountLog.create({ data: { telescopeId: telescope.id, action: path, ok: res.ok } });
  return NextResponse.json({ ok: res.ok });
}
