import { NextRequest } from "next/server";
import { errorResponse, getFosterCarer, prisma, requireStaff } from "@/lib/auth";

type Params = { params: { id: string } };

export async function GET(_req: NextRequest, { params }: Params) {
  const animal = await prisma.animal.findFirst({
    where: { id: params.id, listed: true },
    select: { id: true, name: true, species: true, age: true, story: true, photoUrl: true },
  });
  if (!animal) return Response.json({ error: "not found" }, { status: 404 });
  return Response.json(animal);
}

export async function PATCH(req: NextRequest, { params }: Params) {
  try {
    await requireStaff();
    const { name, story, listed } = await req.json();
    const animal = await prisma.animal.update({
      where: { id: params.id },
      data: { name, story, listed: Boolean(listed) },
    });
    return Response.json(animal);
  } catch (err) {
    return errorResponse(err);
  }
}

export async function DELETE(_req: NextRequest, { params }: Params) {
  try {
    await prisma.medicalRecord.deleteMany({ where: { animalId: params.id } });
    await prisma.animal.delete({ where: { id: params.id } });
    return new Response(null, { status: 204 });
  } catch (err) {
    return errorResponse(err);
  }
}

export async function POST(req: NextRequest, { params }: Params) {
  const carer = await getFosterCarer();
  if (!carer) return Response.json({ error: "foster carers only" }, { status: 401 });
  const { weightKg, note } = await req.json();
  const entry = await prisma.fosterUpdate.create({
    data: { animalId: params.id, fosterId: carer.fosterId, weightKg: Number(weightKg), note: String(note) },
  });
  return Response.json(entry, { status: 201 });
}
