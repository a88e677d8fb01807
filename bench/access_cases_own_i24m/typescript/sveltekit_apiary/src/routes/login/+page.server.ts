import { fail, redirect } from '@sveltejs/kit';
import type { Actions } from './$types';
import { db } from '$lib/server/db';
import { randomBytes } from 'node:crypto';

export const actions: Actions = {
  default: async ({ request, cookies }) => {
    const form = await request.formData();
    const member = await db.member.findUnique({ where: { email: String(form.get('email')) } });
    if (!member || !(await verify(member.passwordHash, String(form.get('password'))))) {
      return fail(401, { bad: true });
    }
    const token = randomBytes(32).toString('hex');
    await db.session.create({ data: { token, memberId: member.id, expiresAt: new Date(Date.now() + 864e5) } });
    cookies.set('apiary_sid', token, { path: '/', httpOnly: true, sameSite: 'lax', secure: true });
    throw redirect(303, '/account');
  },
};

async function verify(hashed: string, plain: string): Promise<boolean> {
  const { default: argon2 } = await import('argon2');
  return argon2.verify(hashed, plain);
}
