import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db';

export const load: PageServerLoad = async () => {
  return { members: await db.member.findMany({ orderBy: { name: 'asc' } }) };
};

export const actions: Actions = {
  promote: async ({ request }) => {
    const form = await request.formData();
    const id = Number(form.get('id'));
    if (!id) return fail(400, { missing: true });
    await db.member.update({ where: { id }, data: { role: 'secretary' } });
    return { promoted: id };
  },
  remove: async ({ request }) => {
    const form = await request.formData();
    await db.member.delete({ where: { id: Number(form.get('id')) } });
    return { removed: true };
  },
};
