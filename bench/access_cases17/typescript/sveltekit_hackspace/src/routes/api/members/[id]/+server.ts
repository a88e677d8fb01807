import { error, json, type RequestHandler } from '@sveltejs/kit';
import { prisma } from '$lib/server/db';

export const GET: RequestHandler = async ({ params }) => {
  const member = await prisma.member.findUnique({
    where: { id: params.id },
    select: { id: true, name: true, email: true, phone: true, doorPin: true, inductions: true },
  });
  if (!member) throw error(404);
  return json(member);
};
