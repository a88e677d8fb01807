import { createHash } from 'node:crypto';
import { prisma } from './db';

export type Member = { id: string; name: string; role: 'member' | 'host' | 'admin' };

export async function memberFromSession(cookie: string | undefined): Promise<Member | null> {
  if (!cookie) return null;
  const session = await prisma.session.findUnique({
    where: { tokenHash: createHash('sha256').update(cookie).digest('hex') },
    include: { member: true },
  });
  if (!session || session.expiresAt < new Date() || !session.member.active) return null;
  return { id: session.member.id, name: session.member.name, role: session.member.role as Member['role'] };
}

export function memberFromDoorToken(token: string): { memberId: string; role: string } {
  const [, payload] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  return { memberId: String(claims.sub), role: String(claims.role ?? 'member') };
}
