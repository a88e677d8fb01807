import { NextResponse } from 'next/server';
import { pool } from '../../../lib/db';

export async function GET() {
  const [rows] = await pool.query('SELECT id, owner, title, body FROM docs');
  return NextResponse.json(rows);
}
