import { db } from './db';

export type Member = { id: number; name: string; role: 'member' | 'secretary' };

export async function loadSession(sid: string): Promise<Member | null> {
  const row = await db.session.findUnique({ where: { token: sid }, include: { member: true } });
  if (!row || row.expiresAt < new Date()) return null;
  return { id: row.member.id, name: row.member.name, role: row.member.role };
}
