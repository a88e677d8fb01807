import Router from '@koa/router';
import { requireLogin } from '../auth';
import { db } from '../db';

export const playlistRouter = new Router({ prefix: '/playlists' });
playlistRouter.use(requireLogin);

playlistRouter.get('/mine', async (ctx) => {
  ctx.body = await db.playlist.findMany({ where: { hostId: ctx.state.user.id } });
});

playlistRouter.get('/:id', async (ctx) => {
  const playlist = await db.playlist.findUnique({
    where: { id: Number(ctx.params.id) },
    include: { tracks: true, hostNotes: true },
  });
  if (!playlist) ctx.throw(404);
  ctx.body = playlist;
});

playlistRouter.delete('/:id', async (ctx) => {
  const { count } = await db.playlist.deleteMany({ where: { id: Number(ctx.params.id), hostId: ctx.state.user.id } });
  ctx.status = count ? 204 : 404;
});

playlistRouter.patch('/:id', async (ctx) => {
  const playlist = await db.playlist.findUnique({ where: { id: Number(ctx.params.id) } });
  if (!playlist || playlist.hostId !== ctx.state.user.id) ctx.throw(404);
  const { title } = ctx.request.body as { title: string };
  ctx.body = await db.playlist.update({ where: { id: playlist.id }, data: { title } });
});
