import { jwtVerify } from 'jose';
import { NextRequest, NextResponse } from 'next/server';

const secret = new TextEncoder().encode(process.env.SESSION_SECRET);

export async function middleware(request: NextRequest) {
  const token = request.cookies.get('cw_session')?.value;
  if (!token) return NextResponse.json({ error: 'sign in' }, { status: 401 });
  try {
    await jwtVerify(token, secret, { algorithms: ['HS256'], issuer: 'cowork' });
  } catch {
    return NextResponse.json({ error: 'session expired' }, { status: 401 });
  }
  return NextResponse.next();
}

export const config = {
  matcher: ['/api/bookings/:path*', '/api/admin/:path*'],
};
