import { redirect, error, type Handle } from '@sveltejs/kit';
import { loadSession } from '$lib/server/session';

const MEMBER_AREAS = ['/api/hives', '/account'];

export const handle: Handle = async ({ event, resolve }) => {
  const sid = event.cookies.get('apiary_sid');
  event.locals.user = sid ? await loadSession(sid) : null;

  const path = event.url.pathname;
  if (path.startsWith('/admin')) {
    if (!event.locals.user) throw redirect(303, '/login');
    if (event.locals.user.role !== 'secretary') throw error(403, 'secretaries only');
  }
  if (MEMBER_AREAS.some((prefix) => path.startsWith(prefix)) && !event.locals.user) {
    throw redirect(303, '/login');
  }
  return resolve(event);
};
