import { prisma } from '@/lib/db';

export async function GET() {
  const pickers = await prisma.picker.findMany({
    select: { name: true, phone: true, bankAccount: true, hoursWorked: true },
  });
  const lines = pickers.map((p) => [p.name, p.phone, p.bankAccount, p.hoursWorked].join(','));
  return new Response(['name,phone,bank,hours', ...lines].join('\n'), {
    headers: { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename=payroll.csv' },
  });
}
