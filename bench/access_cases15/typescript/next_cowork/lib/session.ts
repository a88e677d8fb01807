import { decodeJwt, jwtVerify } from 'jose';
import { cookies, headers } from 'next/headers';

const secret = new TextEncoder().encode(process.env.SESSION_SECRET);

export interface Member {
  id: string;
  role: 'member' | 'host';
}

export async function getMember(): Promise<Member | null> {
  const token = cookies().get('cw_session')?.value;
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'], issuer: 'cowork' });
    return { id: String(payload.sub), role: payload.role === 'host' ? 'host' : 'member' };
  } catch {
    return null;
  }
}

export function getKioskMember(): Member | null {
  // the front-desk tablet forwards the badge token it read over NFC
  const badge = headers().get('x-badge-token');
  if (!badge) return null;
  const claims = decodeJwt(badge);
  return claims.sub ? { id: String(claims.sub), role: 'member' } : null;
}
