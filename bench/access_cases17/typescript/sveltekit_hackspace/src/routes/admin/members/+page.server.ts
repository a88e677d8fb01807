import type { Actions } from '@sveltejs/kit';
import { prisma } from '$lib/server/db';

export const actions: Actions = {
  suspend: async ({ request }) => {
    const form = await request.formData();
    await prisma.member.update({ where: { id: String(form.get('id')) }, data: { active: false } });
    return { ok: true };
  },
  induct: async ({ request }) => {
    const form = await request.formData();
    await prisma.induction.create({ data: { memberId: String(form.get('id')), tool: String(form.get('tool')) } });
    return { ok: true };
  },
};
