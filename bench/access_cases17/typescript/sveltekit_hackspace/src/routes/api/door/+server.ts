import { error, json, type RequestHandler } from '@sveltejs/kit';
import { prisma } from '$lib/server/db';
import { memberFromDoorToken } from '$lib/server/session';

export const POST: RequestHandler = async ({ request }) => {
  const token = request.headers.get('x-door-token');
  if (!token) throw error(401);
  const { memberId, role } = memberFromDoorToken(token);
  const { door } = await request.json();
  if (door === 'workshop' && role !== 'host' && role !== 'admin') throw error(403);
  await prisma.doorLog.create({ data: { memberId, door, at: new Date() } });
  return json({ open: true });
};
