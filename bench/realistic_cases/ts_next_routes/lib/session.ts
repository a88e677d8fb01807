import { cookies } from 'next/headers';
import { jwtVerify } from 'jose';

const key = new TextEncoder().encode(process.env.SESSION_KEY);

export async function currentUser(): Promise<string | null> {
  const token = cookies().get('session')?.value;
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] });
    return String(payload.sub);
  } catch {
    return null;
  }
}
