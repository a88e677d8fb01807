import { prisma } from '@/lib/db';
import { errorResponse, HttpError, requireUser } from '@/lib/auth';

export async function GET(_req: Request, { params }: { params: { id: string } }) {
  const design = await prisma.design.findFirst({ where: { id: params.id, portfolio: true } });
  if (!design) return Response.json({ error: 'not found' }, { status: 404 });
  return Response.json({ id: design.id, title: design.title, imageUrl: design.imageUrl });
}

export async function DELETE(req: Request, { params }: { params: { id: string } }) {
  try {
    await requireUser();
    // the studio tablet sends the artist who is logged in at the station
    const artistId = req.headers.get('x-artist-id');
    const design = await prisma.design.findUnique({ where: { id: params.id } });
    if (!design || design.artistId !== artistId) throw new HttpError(403, 'not your design');
    await prisma.design.delete({ where: { id: design.id } });
    return new Response(null, { status: 204 });
  } catch (err) {
    return errorResponse(err);
  }
}
