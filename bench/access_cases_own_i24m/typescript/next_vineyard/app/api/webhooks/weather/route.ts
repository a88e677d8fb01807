import { createHmac, timingSafeEqual } from 'node:crypto';
import { NextResponse } from 'next/server';
import { prisma } from '@/lib/db';

export async function POST(req: Request) {
  const raw = await req.text();
  const sent = Buffer.from(req.headers.get('x-weather-signature') ?? '', 'hex');
  const want = createHmac('sha256', process.env.WEATHER_HOOK_SECRET!).update(raw).digest();
  if (sent.length !== want.length || !timingSafeEqual(sent, want)) {
    return NextResponse.json({ error: 'bad signature' }, { status: 401 });
  }
  const event = JSON.parse(raw);
  await prisma.frostAlert.create({ data: { block: event.block, minimum: event.minimumC } });
  return NextResponse.json({ ok: true });
}
