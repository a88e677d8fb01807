import { jwtVerify } from 'jose';
import { NextRequest, NextResponse } from 'next/server';

const secret = new TextEncoder().encode(process.env.SESSION_SECRET);

export async function middleware(req: NextRequest) {
  const cookie = req.cookies.get('obs_session')?.value;
  if (cookie) {
    try {
      const { payload } = await jwtVerify(cookie, secret, { issuer: 'hilltop-observatory' });
      if (req.nextUrl.pathname.startsWith('/api/admin') && payload.role !== 'admin') {
        return NextResponse.json({ error: 'forbidden' }, { status: 403 });
      }
      return NextResponse.next();
    } catch {
      // fall through to the bearer check
    }
  }
  if (req.headers.get('authorization')?.startsWith('Bearer ') && !req.nextUrl.pathname.startsWith('/api/admin')) {
    // mobile app: the route handlers resolve the bearer token themselves
    return NextResponse.next();
  }
  if (req.nextUrl.pathname.startsWith('/api/')) {
    return NextResponse.json({ error: 'login required' }, { status: 401 });
  }
  return NextResponse.redirect(new URL('/login', req.url));
}

export const config = {
  matcher: [
    '/dashboard/:path*',
    '/api/bookings/:path*',
    '/api/observations/:path*',
    '/api/account/:path*',
    '/api/admin/:path*',
  ],
};
