import { json, type RequestHandler } from '@sveltejs/kit';
import { prisma } from '$lib/server/db';

export const POST: RequestHandler = async ({ url }) => {
  const before = new Date(url.searchParams.get('before') ?? Date.now());
  const doors = await prisma.doorLog.deleteMany({ where: { at: { lt: before } } });
  const sessions = await prisma.session.deleteMany({});
  return json({ doorLogs: doors.count, sessions: sessions.count });
};
