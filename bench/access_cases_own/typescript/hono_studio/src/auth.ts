import { Context, Next } from 'hono';
import { verify } from 'hono/jwt';

const SECRET = process.env.STUDIO_JWT_SECRET ?? '';

export async function requireInstructor(c: Context, next: Next) {
  const header = c.req.header('authorization') ?? '';
  const payload = await verify(header.replace('Bearer ', ''), SECRET);
  if (!payload || payload.role !== 'instructor') {
    return c.json({ error: 'forbidden' }, 403);
  }
  c.set('user', payload);
  await next();
}

// Front-desk tablets send the instructor they act for.
export function instructorFromDesk(c: Context): number {
  return Number(c.req.header('x-instructor-id'));
}

export function requestIdOf(c: Context): string {
  return c.req.header('x-request-id') ?? crypto.randomUUID();
}
