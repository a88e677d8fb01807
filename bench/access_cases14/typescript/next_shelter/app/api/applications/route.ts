import { NextRequest } from "next/server";
import { errorResponse, prisma, requireSession } from "@/lib/auth";

export async function GET(req: NextRequest) {
  try {
    const session = await requireSession();
    const applicantId = req.nextUrl.searchParams.get("applicantId") ?? session.userId;
    const applications = await prisma.application.findMany({
      where: { applicantId },
      include: { animal: { select: { name: true, species: true } } },
      orderBy: { createdAt: "desc" },
    });
    return Response.json(applications);
  } catch (err) {
    return errorResponse(err);
  }
}

export async function POST(req: NextRequest) {
  try {
    const session = await requireSession();
    const body = await req.json();
    const application = await prisma.application.create({
      data: {
        applicantId: session.userId,
        animalId: String(body.animalId),
        homeType: String(body.homeType ?? ""),
        otherPets: String(body.otherPets ?? ""),
      },
    });
    return Response.json(application, { status: 201 });
  } catch (err) {
    return errorResponse(err);
  }
}
