import { error, redirect, type Handle } from '@sveltejs/kit';
import { memberFromSession } from '$lib/server/session';

export const handle: Handle = async ({ event, resolve }) => {
  event.locals.member = await memberFromSession(event.cookies.get('hs_session'));
  const path = event.url.pathname;
  if (path.startsWith('/admin') && event.locals.member?.role !== 'admin') {
    throw error(403, 'Admins only');
  }
  if ((path.startsWith('/account') || path.startsWith('/api/bookings') || path.startsWith('/api/members')) && !event.locals.member) {
    throw redirect(303, `/login?next=${encodeURIComponent(path)}`);
  }
  return resolve(event);
};
