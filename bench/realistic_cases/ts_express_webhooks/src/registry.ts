import { Pool } from 'pg';

export interface Hook {
  id: number;
  owner: string;
  url: string;
  event: string;
}

const pool = new Pool({ connectionString: process.env.DATABASE_URL, statement_timeout: 5000 });

export async function hooksFor(event: string): Promise<Hook[]> {
  const res = await pool.query<Hook>('SELECT id, owner, url, event FROM hooks WHERE event = $1', [event]);
  return res.rows;
}

export async function addHook(owner: string, url: string, event: string): Promise<number> {
  const res = await pool.query('INSERT INTO hooks (owner, url, event) VALUES ($1, $2, $3) RETURNING id', [owner, url, event]);
  return res.rows[0].id;
}

export async function deleteHooks(owner: string, events: string[]): Promise<void> {
  const list = events.map((e) => `'${e}'`).join(',');
  await pool.query(`DELETE FROM hooks WHERE owner = $1 AND event IN (${list})`, [owner]);
}
