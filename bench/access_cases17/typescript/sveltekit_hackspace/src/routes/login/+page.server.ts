import { fail, redirect, type Actions } from '@sveltejs/kit';
import { createHash, randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { prisma } from '$lib/server/db';

export const actions: Actions = {
  default: async ({ request, cookies }) => {
    const form = await request.formData();
    const email = String(form.get('email') ?? '');
    const member = await prisma.member.findUnique({ where: { email } });
    if (!member || !member.active || !(await bcrypt.compare(String(form.get('password') ?? ''), member.passwordHash))) {
      return fail(400, { email, failed: true });
    }
    const token = randomBytes(32).toString('base64url');
    await prisma.session.create({
      data: { memberId: member.id, tokenHash: createHash('sha256').update(token).digest('hex'), expiresAt: new Date(Date.now() + 30 * 864e5) },
    });
    // The members' wiki embeds the tool booking calendar in an iframe.
    cookies.set('hs_session', token, { path: '/', httpOnly: true, secure: true, sameSite: 'none', maxAge: 30 * 86400 });
    throw redirect(303, '/account');
  },
};
