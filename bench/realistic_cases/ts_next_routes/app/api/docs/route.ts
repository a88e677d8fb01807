import { NextRequest, NextResponse } from 'next/server';
import { docById, docsByOwner } from '../../../lib/db';
import { currentUser } from '../../../lib/session';

export async function GET(req: NextRequest) {
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const folder = req.nextUrl.searchParams.get('folder') ?? 'inbox';
  return NextResponse.json(await docsByOwner(user, folder));
}

export async function POST(req: NextRequest) {
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const { id } = await req.json();
  return NextResponse.json(await docById(user, Number(id)));
}
