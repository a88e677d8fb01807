import Router from '@koa/router';
import { requireMember, requireRole } from '../auth';
import { Score } from '../models';

export const scoresRouter = new Router({ prefix: '/scores' });

scoresRouter.get('/', requireMember, async (ctx) => {
  ctx.body = await Score.find({ retired: false }).select('title composer copies').sort('title');
});

scoresRouter.post('/', requireMember, requireRole('librarian', 'director'), async (ctx) => {
  const { title, composer, copies } = ctx.request.body as { title: string; composer?: string; copies?: number };
  ctx.status = 201;
  ctx.body = await Score.create({ title, composer, copies: Number(copies) || 0 });
});

scoresRouter.post('/:id/retire', requireMember, requireRole('librarian', 'director'), async (ctx) => {
  const score = await Score.findByIdAndUpdate(ctx.params.id, { retired: true }, { new: true });
  ctx.assert(score, 404);
  ctx.body = score;
});

scoresRouter.delete('/:id', requireMember, async (ctx) => {
  const score = await Score.findByIdAndDelete(ctx.params.id);
  ctx.assert(score, 404);
  ctx.status = 204;
});
