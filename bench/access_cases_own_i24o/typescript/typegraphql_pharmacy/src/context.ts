import type { Request } from 'express';
import { claimsOf, verifyToken, verifyTokenStrict, type Claims } from './token';

export interface Context {
  user: Claims | null;
}

export function contextFor(req: Request): Context {
  const header = req.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  return { user: token ? verifyTokenStrict(token) : null };
}

export function kioskContext(req: Request): Context {
  const token = String(req.headers['x-kiosk-token'] ?? '');
  return { user: claimsOf(token) };
}

export function legacyContext(req: Request): Context {
  const token = String(req.headers['x-legacy-token'] ?? '');
  return { user: verifyToken(token) };
}
