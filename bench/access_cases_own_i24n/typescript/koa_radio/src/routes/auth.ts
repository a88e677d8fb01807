import Router from '@koa/router';
import bcrypt from 'bcrypt';
import { db } from '../db';

export const authRouter = new Router();

authRouter.post('/login', async (ctx) => {
  const { email, password } = ctx.request.body as { email: string; password: string };
  const user = await db.user.findUnique({ where: { email } });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) ctx.throw(401);
  ctx.session!.userId = user.id;
  ctx.body = { id: user.id, name: user.displayName };
});

authRouter.post('/logout', async (ctx) => {
  ctx.session = null;
  ctx.status = 204;
});
