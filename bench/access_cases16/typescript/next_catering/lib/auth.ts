import type { NextApiHandler, NextApiRequest, NextApiResponse } from 'next';
import { getServerSession, type NextAuthOptions, type Session } from 'next-auth';
import EmailProvider from 'next-auth/providers/email';
import { PrismaAdapter } from '@next-auth/prisma-adapter';

import { prisma } from './prisma';

export const authOptions: NextAuthOptions = {
  adapter: PrismaAdapter(prisma),
  providers: [EmailProvider({ server: process.env.EMAIL_SERVER, from: 'bookings@saltandember.co.uk' })],
  session: { strategy: 'database' },
  callbacks: {
    async session({ session, user }) {
      return { ...session, user: { ...session.user, id: user.id, role: (user as { role?: string }).role ?? 'client' } };
    },
  },
};

export type AuthedHandler = (req: NextApiRequest, res: NextApiResponse, session: Session & { user: { id: string; role: string } }) => unknown;

export function withSession(handler: AuthedHandler): NextApiHandler {
  return async (req, res) => {
    const session = await getServerSession(req, res, authOptions);
    if (!session?.user) return res.status(401).json({ error: 'sign in' });
    return handler(req, res, session as Parameters<AuthedHandler>[2]);
  };
}

export function withRole(role: 'manager' | 'chef', handler: AuthedHandler): NextApiHandler {
  return withSession((req, res, session) => {
    if (session.user.role !== role) return res.status(403).json({ error: 'forbidden' });
    return handler(req, res, session);
  });
}
