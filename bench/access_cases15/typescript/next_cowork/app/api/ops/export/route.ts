import { NextResponse } from 'next/server';
import { prisma } from '@/lib/db';

export const dynamic = 'force-dynamic';

export async function GET() {
  const members = await prisma.member.findMany({
    select: { id: true, name: true, email: true, phone: true, company: true, plan: true, iban: true },
  });
  const lines = ['id,name,email,phone,company,plan,iban'];
  for (const m of members) {
    lines.push([m.id, m.name, m.email, m.phone, m.company, m.plan, m.iban].join(','));
  }
  return new NextResponse(lines.join('\n'), {
    headers: { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename=members.csv' },
  });
}
