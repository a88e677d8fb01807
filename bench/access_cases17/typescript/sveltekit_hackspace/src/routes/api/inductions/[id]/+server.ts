import { error, type RequestHandler } from '@sveltejs/kit';
import { prisma } from '$lib/server/db';

export const DELETE: RequestHandler = async ({ locals, params }) => {
  if (!locals.member) throw error(401);
  if (locals.member.role !== 'host' && locals.member.role !== 'admin') throw error(403, 'Hosts only');
  await prisma.induction.delete({ where: { id: params.id } });
  return new Response(null, { status: 204 });
};
