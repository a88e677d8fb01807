import Router from '@koa/router';
import { requireMember, requireRole } from '../auth';
import { Subscription } from '../models';

export const subsRouter = new Router({ prefix: '/subscriptions' });

subsRouter.get('/', requireMember, async (ctx) => {
  ctx.body = await Subscription.find({ member: ctx.state.member._id }).sort('-term');
});

subsRouter.get('/:id', requireMember, async (ctx) => {
  const sub = await Subscription.findOne({ _id: ctx.params.id, member: ctx.state.member._id });
  ctx.assert(sub, 404);
  ctx.body = sub;
});

subsRouter.get('/:id/receipt', requireMember, async (ctx) => {
  const sub = await Subscription.findById(ctx.params.id).populate('member', 'name email');
  ctx.assert(sub, 404);
  ctx.type = 'text/plain';
  ctx.body = [
    `Receipt for ${(sub.member as any).name} <${(sub.member as any).email}>`,
    `Term: ${sub.term}`,
    `Amount: £${(sub.amountPence / 100).toFixed(2)}`,
    `Gift aid: ${sub.giftAid ? 'yes' : 'no'}`,
    `Address: ${sub.homeAddress ?? ''}`,
  ].join('\n');
});

subsRouter.post('/:id/mark-paid', requireMember, requireRole('treasurer'), async (ctx) => {
  const sub = await Subscription.findByIdAndUpdate(ctx.params.id, { paidAt: new Date() }, { new: true });
  ctx.assert(sub, 404);
  ctx.body = sub;
});
