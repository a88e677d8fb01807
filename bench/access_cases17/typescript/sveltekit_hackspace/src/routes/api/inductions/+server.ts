import { error, json, type RequestHandler } from '@sveltejs/kit';
import { prisma } from '$lib/server/db';

export const GET: RequestHandler = async ({ locals }) => {
  if (!locals.member) throw error(401);
  return json(await prisma.induction.findMany({ where: { memberId: locals.member.id } }));
};

export const POST: RequestHandler = async ({ locals, request }) => {
  if (!locals.member) throw error(401);
  const { memberId, tool } = await request.json();
  const induction = await prisma.induction.create({ data: { memberId, tool, signedOffBy: locals.member.id } });
  return json(induction, { status: 201 });
};
