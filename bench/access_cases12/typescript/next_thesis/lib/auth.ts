import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import jwt from 'jsonwebtoken';
import { authOptions } from './authOptions';

export interface SessionUser {
  id: string;
  email: string;
  role: 'student' | 'supervisor' | 'registrar';
}

export async function requireUser(
  req: NextApiRequest,
  res: NextApiResponse,
): Promise<SessionUser | null> {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user) {
    res.status(401).json({ error: 'sign in first' });
    return null;
  }
  return session.user as SessionUser;
}

export interface ExaminerClaims {
  examinerId: string;
  university: string;
}

/** External examiners come in with a token issued by the partner university's portal. */
export function examinerFromHeader(authorization: string | null): ExaminerClaims | null {
  if (!authorization?.startsWith('Bearer ')) return null;
  const claims = jwt.decode(authorization.slice(7)) as ExaminerClaims | null;
  return claims?.examinerId ? claims : null;
}

export function verifiedExaminer(authorization: string | null): ExaminerClaims | null {
  if (!authorization?.startsWith('Bearer ')) return null;
  try {
    return jwt.verify(authorization.slice(7), process.env.EXAMINER_JWT_KEY as string, {
      algorithms: ['RS256'],
      issuer: 'https://portal.partner-uni.example',
    }) as ExaminerClaims;
  } catch {
    return null;
  }
}
