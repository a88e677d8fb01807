import { json, type RequestHandler } from '@sveltejs/kit';
import { prisma } from '$lib/server/db';

export const GET: RequestHandler = async () => {
  const tools = await prisma.tool.findMany({ select: { id: true, name: true, needsInduction: true, location: true } });
  return json(tools);
};
