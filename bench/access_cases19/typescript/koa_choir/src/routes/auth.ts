import Router from '@koa/router';
import bcrypt from 'bcryptjs';
import { Member } from '../models';

export const authRouter = new Router({ prefix: '/auth' });

authRouter.post('/login', async (ctx) => {
  const { email, password } = ctx.request.body as { email?: string; password?: string };
  const member = await Member.findOne({ email: String(email ?? '').toLowerCase(), active: true });
  if (!member || !(await bcrypt.compare(String(password ?? ''), member.passwordHash))) {
    ctx.throw(401, 'wrong email or password');
  }
  ctx.session!.memberId = String(member._id);
  ctx.body = { id: member._id, name: member.name };
});

authRouter.post('/logout', async (ctx) => {
  ctx.session = null;
  ctx.status = 204;
});
