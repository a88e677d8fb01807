import { json, error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db';

export const GET: RequestHandler = async ({ params, locals }) => {
  const hive = await db.hive.findFirst({
    where: { id: Number(params.id), keeperId: locals.user!.id },
  });
  if (!hive) throw error(404, 'no such hive');
  return json(hive);
};

export const DELETE: RequestHandler = async ({ params }) => {
  await db.inspection.deleteMany({ where: { hiveId: Number(params.id) } });
  await db.hive.delete({ where: { id: Number(params.id) } });
  return new Response(null, { status: 204 });
};
