import { NextRequest, NextResponse } from 'next/server';
import { examinerFromHeader, verifiedExaminer } from '../../../../lib/auth';
import { prisma } from '../../../../lib/db';

export async function GET(request: NextRequest, { params }: { params: { id: string } }) {
  const examiner = verifiedExaminer(request.headers.get('authorization'));
  if (!examiner) return NextResponse.json({ error: 'unauthorised' }, { status: 401 });
  const review = await prisma.review.findFirst({
    where: { id: params.id, examinerId: examiner.examinerId },
  });
  return review ? NextResponse.json(review) : NextResponse.json({}, { status: 404 });
}

export async function PUT(request: NextRequest, { params }: { params: { id: string } }) {
  const examiner = examinerFromHeader(request.headers.get('authorization'));
  if (!examiner) return NextResponse.json({ error: 'unauthorised' }, { status: 401 });
  const { verdict, comments } = await request.json();
  const result = await prisma.review.updateMany({
    where: { id: params.id, examinerId: examiner.examinerId },
    data: { verdict, comments },
  });
  return NextResponse.json({ updated: result.count });
}

export async function POST(request: NextRequest, { params }: { params: { id: string } }) {
  if (request.cookies.get('role')?.value !== 'supervisor') {
    return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  }
  const { note } = await request.json();
  await prisma.review.update({ where: { id: params.id }, data: { supervisorNote: note } });
  return NextResponse.json({ ok: true });
}
