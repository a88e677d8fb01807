import { prisma } from '@/lib/db';
import { errorResponse, HttpError, requireUser } from '@/lib/auth';

export async function GET(_req: Request, { params }: { params: { id: string } }) {
  try {
    await requireUser();
    // signed consent: date of birth, medical history, allergies, photo id
    const form = await prisma.consentForm.findUnique({
      where: { id: params.id },
      include: { client: { select: { name: true, email: true } } },
    });
    if (!form) throw new HttpError(404, 'not found');
    return Response.json(form);
  } catch (err) {
    return errorResponse(err);
  }
}
