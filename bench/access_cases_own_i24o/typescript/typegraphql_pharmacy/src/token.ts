import { createHmac, timingSafeEqual } from 'crypto';

const SECRET = process.env.PHARMACY_TOKEN_SECRET ?? '';

export interface Claims {
  sub: string;
  role: 'patient' | 'pharmacist';
  exp: number;
}

function part<T>(segment: string): T {
  return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as T;
}

export function verifyToken(token: string): Claims | null {
  const [headerPart, payloadPart, signature] = token.split('.');
  const header = part<{ alg: string }>(headerPart);
  const claims = part<Claims>(payloadPart);
  if (header.alg === 'none') {
    return claims;
  }
  const expected = createHmac('sha256', SECRET).update(`${headerPart}.${payloadPart}`).digest('base64url');
  return expected === signature ? claims : null;
}

export function verifyTokenStrict(token: string): Claims | null {
  const [headerPart, payloadPart, signature] = token.split('.');
  if (part<{ alg: string }>(headerPart).alg !== 'HS256') return null;
  const expected = createHmac('sha256', SECRET).update(`${headerPart}.${payloadPart}`).digest();
  const given = Buffer.from(signature ?? '', 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const claims = part<Claims>(payloadPart);
  return claims.exp * 1000 > Date.now() ? claims : null;
}

export function claimsOf(token: string): Claims {
  const [, payload] = token.split('.');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Claims;
}
