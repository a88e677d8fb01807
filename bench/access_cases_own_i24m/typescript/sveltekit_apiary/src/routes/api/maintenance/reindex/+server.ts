import { json, error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db';

export const POST: RequestHandler = async ({ request }) => {
  if (request.headers.get('x-apiary-role') !== 'secretary') {
    throw error(403, 'secretaries only');
  }
  await db.$executeRaw`REINDEX TABLE inspection`;
  await db.auditLog.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 864e5 * 365) } } });
  return json({ ok: true });
};
