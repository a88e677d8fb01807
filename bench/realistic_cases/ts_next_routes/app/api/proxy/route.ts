import { NextRequest, NextResponse } from 'next/server';
import { currentUser } from '../../../lib/session';

const UPSTREAMS: Record<string, string> = {
  weather: 'https://api.weather.example/v1/today',
  rates: 'https://api.rates.example/latest',
};

export async function GET(req: NextRequest) {
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const name = req.nextUrl.searchParams.get('name') ?? '';
  const upstream = UPSTREAMS[name];
  if (!upstream) return NextResponse.json({ error: 'unknown upstream' }, { status: 400 });
  const res = await fetch(upstream, { signal: AbortSignal.timeout(4000) });
  return NextResponse.json(await res.json());
}

export async function POST(req: NextRequest) {
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const { url } = await req.json();
  const res = await fetch(url, { signal: AbortSignal.timeout(4000) });
  return new NextResponse(await res.text());
}
