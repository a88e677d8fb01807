import Router from '@koa/router';
import { requireMember } from '../auth';
import { Attendance, Member } from '../models';

export const membersRouter = new Router({ prefix: '/members' });

membersRouter.get('/me', requireMember, async (ctx) => {
  const m = ctx.state.member;
  ctx.body = { id: m._id, name: m.name, email: m.email, phone: m.phone, voicePart: m.voicePart, role: m.role };
});

membersRouter.patch('/me', requireMember, async (ctx) => {
  const updates = ctx.request.body as Record<string, unknown>;
  delete updates.passwordHash;
  const member = await Member.findByIdAndUpdate(ctx.state.member._id, updates, { new: true, runValidators: true });
  ctx.body = { id: member!._id, name: member!.name, voicePart: member!.voicePart, role: member!.role };
});

membersRouter.get('/my-section', requireMember, async (ctx) => {
  const singers = await Member.find({ voicePart: ctx.state.member.voicePart, active: true }).select('name');
  ctx.body = singers.map((s) => s.name);
});

membersRouter.post('/rehearsals/:rehearsalId/attendance', requireMember, async (ctx) => {
  // section leaders mark their own voice part; the leader app sets this cookie at sign-in
  const leaderOf = ctx.cookies.get('leader_of', { signed: false });
  const { memberId, present } = ctx.request.body as { memberId: string; present: boolean };
  const singer = await Member.findById(memberId);
  if (!singer || !leaderOf || singer.voicePart !== leaderOf) {
    ctx.throw(403, 'you do not lead this section');
  }
  await Attendance.updateOne(
    { rehearsal: ctx.params.rehearsalId, member: singer._id },
    { present: Boolean(present), markedBy: ctx.state.member._id },
    { upsert: true },
  );
  ctx.status = 204;
});
