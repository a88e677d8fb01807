import { cookies } from 'next/headers';
import { jwtVerify } from 'jose';

const key = new TextEncoder().encode(process.env.SESSION_SECRET);

export type Viewer = { userId: string; estateId: string; role: 'picker' | 'foreman' | 'owner' };

export async function getViewer(): Promise<Viewer | null> {
  const token = cookies().get('vy_session')?.value;
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] });
    return payload as unknown as Viewer;
  } catch {
    return null;
  }
}
