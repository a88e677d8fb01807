import { NextRequest, NextResponse } from 'next/server';

export async function GET(req: NextRequest) {
  const next = req.nextUrl.searchParams.get('next') ?? '/';
  return NextResponse.redirect(new URL(next, req.url));
}

export async function DELETE(req: NextRequest) {
  const res = NextResponse.redirect(new URL('/login', req.url));
  res.cookies.set('session', '', { maxAge: 0, httpOnly: true, secure: true, sameSite: 'lax' });
  return res;
}
