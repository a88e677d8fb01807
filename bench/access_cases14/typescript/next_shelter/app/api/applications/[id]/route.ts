import { NextRequest } from "next/server";
import { errorResponse, prisma, requireSession } from "@/lib/auth";

type Params = { params: { id: string } };

export async function GET(_req: NextRequest, { params }: Params) {
  try {
    await requireSession();
    const application = await prisma.application.findUnique({
      where: { id: params.id },
      include: { homeVisit: true, references: true },
    });
    if (!application) return Response.json({ error: "not found" }, { status: 404 });
    return Response.json(application);
  } catch (err) {
    return errorResponse(err);
  }
}

export async function PATCH(req: NextRequest, { params }: Params) {
  try {
    const session = await requireSession();
    const existing = await prisma.application.findFirst({
      where: { id: params.id, applicantId: session.userId },
    });
    if (!existing) return Response.json({ error: "not found" }, { status: 404 });
    const body = await req.json();
    const updated = await prisma.application.update({ where: { id: existing.id }, data: body });
    return Response.json(updated);
  } catch (err) {
    return errorResponse(err);
  }
}

export async function DELETE(_req: NextRequest, { params }: Params) {
  try {
    await requireSession();
    await prisma.application.delete({ where: { id: params.id } });
    return new Response(null, { status: 204 });
  } catch (err) {
    return errorResponse(err);
  }
}
