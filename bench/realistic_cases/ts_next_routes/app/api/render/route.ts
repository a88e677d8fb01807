import { NextRequest } from 'next/server';
import { currentUser } from '../../../lib/session';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

export async function GET(req: NextRequest) {
  const user = await currentUser();
  if (!user) return new Response('unauthorized', { status: 401 });
  const title = req.nextUrl.searchParams.get('title') ?? '';
  const note = req.nextUrl.searchParams.get('note') ?? '';
  const html = `<h1>${escapeHtml(title)}</h1><p>${note}</p>`;
  return new Response(html, { headers: { 'content-type': 'text/html' } });
}
