import type { NextApiRequest } from 'next';
import { getToken } from 'next-auth/jwt';

export type DriverClaims = { driverId: string; van: string };

export function driverFromRequest(req: NextApiRequest): DriverClaims | null {
  const raw = req.headers.authorization?.replace(/^Bearer /, '');
  if (!raw) return null;
  const [, payload] = raw.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  return claims.driverId ? { driverId: claims.driverId, van: claims.van } : null;
}

export async function dispatcherFromRequest(req: NextApiRequest) {
  const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
  return token && token.role === 'dispatcher' ? token : null;
}
