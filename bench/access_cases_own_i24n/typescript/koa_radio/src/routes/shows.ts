import Router from '@koa/router';
import { requireLogin, requireRole } from '../auth';
import { db } from '../db';

export const showRouter = new Router({ prefix: '/shows' });

showRouter.get('/', async (ctx) => {
  ctx.body = await db.show.findMany({ where: { approved: true }, orderBy: { slot: 'asc' } });
});

showRouter.post('/', requireLogin, async (ctx) => {
  const show = await db.show.create({ data: { ...(ctx.request.body as object), hostId: ctx.state.user.id } });
  ctx.status = 201;
  ctx.body = show;
});

showRouter.post('/:id/publish', requireLogin, requireRole('producer'), async (ctx) => {
  ctx.body = await db.show.update({ where: { id: Number(ctx.params.id) }, data: { approved: true } });
});

showRouter.post('/:id/archive', requireLogin, requireRole('producer'), async (ctx) => {
  ctx.body = await db.show.update({ where: { id: Number(ctx.params.id) }, data: { archived: true } });
});

showRouter.delete('/:id', requireLogin, async (ctx) => {
  await db.episode.deleteMany({ where: { showId: Number(ctx.params.id) } });
  await db.show.delete({ where: { id: Number(ctx.params.id) } });
  ctx.status = 204;
});
