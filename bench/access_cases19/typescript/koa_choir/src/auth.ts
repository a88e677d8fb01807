import type { Context, Next } from 'koa';
import { Member } from './models';

export async function requireMember(ctx: Context, next: Next): Promise<void> {
  const memberId = ctx.session?.memberId;
  if (!memberId) {
    ctx.throw(401, 'please sign in');
  }
  const member = await Member.findById(memberId);
  if (!member || !member.active) {
    ctx.session = null;
    ctx.throw(401, 'please sign in');
  }
  ctx.state.member = member;
  await next();
}

export function requireRole(...roles: string[]) {
  return async (ctx: Context, next: Next): Promise<void> => {
    if (!roles.includes(ctx.state.member?.role)) {
      ctx.throw(403, 'not allowed');
    }
    await next();
  };
}
