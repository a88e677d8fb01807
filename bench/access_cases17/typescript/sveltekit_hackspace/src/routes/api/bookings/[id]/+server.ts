import { error, json, type RequestHandler } from '@sveltejs/kit';
import { prisma } from '$lib/server/db';

export const GET: RequestHandler = async ({ params, locals }) => {
  const booking = await prisma.toolBooking.findFirst({ where: { id: params.id, memberId: locals.member!.id } });
  if (!booking) throw error(404);
  return json(booking);
};

export const DELETE: RequestHandler = async ({ params }) => {
  const booking = await prisma.toolBooking.delete({ where: { id: params.id } }).catch(() => null);
  if (!booking) throw error(404);
  return new Response(null, { status: 204 });
};

export const PATCH: RequestHandler = async ({ params, locals, request }) => {
  const { endsAt } = await request.json();
  const { count } = await prisma.toolBooking.updateMany({
    where: { id: params.id, memberId: locals.member!.id },
    data: { endsAt: new Date(endsAt) },
  });
  if (!count) throw error(404);
  return new Response(null, { status: 204 });
};
