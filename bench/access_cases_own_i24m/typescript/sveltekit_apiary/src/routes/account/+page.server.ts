import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db';

export const load: PageServerLoad = async ({ locals }) => {
  return { me: await db.member.findUnique({ where: { id: locals.user!.id } }) };
};

export const actions: Actions = {
  default: async ({ request, locals }) => {
    const fields = Object.fromEntries(await request.formData());
    await db.member.update({ where: { id: locals.user!.id }, data: fields });
    return { saved: true };
  },
  password: async ({ request, locals }) => {
    const form = await request.formData();
    const next = String(form.get('next') ?? '');
    if (next.length < 12) return { tooShort: true };
    await db.member.update({ where: { id: locals.user!.id }, data: { passwordHash: await hash(next) } });
    return { changed: true };
  },
};

async function hash(value: string): Promise<string> {
  const { default: argon2 } = await import('argon2');
  return argon2.hash(value);
}
