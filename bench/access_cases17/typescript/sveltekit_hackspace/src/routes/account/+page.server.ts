import { fail, type Actions } from '@sveltejs/kit';
import { prisma } from '$lib/server/db';

export const load = async ({ locals }) => {
  return { member: await prisma.member.findUnique({ where: { id: locals.member!.id } }) };
};

export const actions: Actions = {
  profile: async ({ request, locals }) => {
    const data = Object.fromEntries(await request.formData());
    await prisma.member.update({ where: { id: locals.member!.id }, data });
    return { saved: true };
  },
  contact: async ({ request, locals }) => {
    const form = await request.formData();
    const phone = String(form.get('phone') ?? '');
    if (phone.length > 20) return fail(400, { phone });
    await prisma.member.update({ where: { id: locals.member!.id }, data: { phone, pronouns: String(form.get('pronouns') ?? '') } });
    return { saved: true };
  },
};
