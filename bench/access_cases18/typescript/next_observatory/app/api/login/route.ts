import bcrypt from 'bcryptjs';
import { NextRequest, NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';
import { issueSession } from '@/lib/session';

export async function POST(req: NextRequest) {
  const { email, password } = await req.json();
  const member = await prisma.member.findUnique({ where: { email: String(email).toLowerCase() } });
  if (!member || !(await bcrypt.compare(String(password), member.passwordHash))) {
    return NextResponse.json({ error: 'wrong email or password' }, { status: 401 });
  }
  const token = await issueSession({ id: member.id, role: member.role === 'admin' ? 'admin' : 'member' });
  const res = NextResponse.json({ id: member.id, name: member.name });
  res.cookies.set('obs_session', token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
  return res;
}
