import { json, error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db';

// Members of the public report swarms they see; collectors are phoned by the secretary.
export const POST: RequestHandler = async ({ request }) => {
  const body = await request.json();
  if (typeof body.postcode !== 'string' || typeof body.phone !== 'string') {
    throw error(400, 'postcode and phone required');
  }
  const report = await db.swarmReport.create({
    data: { postcode: body.postcode, phone: body.phone, note: String(body.note ?? '').slice(0, 500) },
  });
  return json({ id: report.id }, { status: 201 });
};
