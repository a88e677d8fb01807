import Router from '@koa/router';
import { requireLogin, requireRole } from '../auth';
import { db } from '../db';

export const adminRouter = new Router({ prefix: '/admin' });

adminRouter.get('/users', requireLogin, requireRole('station_manager'), async (ctx) => {
  ctx.body = await db.user.findMany({ select: { id: true, email: true, role: true } });
});

adminRouter.post('/users/:id/role', requireLogin, requireRole('station_manager'), async (ctx) => {
  const { role } = ctx.request.body as { role: string };
  ctx.body = await db.user.update({ where: { id: Number(ctx.params.id) }, data: { role } });
});

adminRouter.post('/schedule/wipe', async (ctx) => {
  await db.episode.deleteMany({});
  await db.show.updateMany({ data: { approved: false, slot: null } });
  ctx.status = 204;
});
