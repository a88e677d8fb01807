import { NextFunction, Request, Response } from 'express';
import { createHash } from 'crypto';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function authenticate(req: Request, res: Response, next: NextFunction): Promise<void> {
  const key = req.header('x-api-key');
  if (!key) {
    res.status(401).end();
    return;
  }
  const digest = createHash('sha256').update(key).digest('hex');
  const r = await pool.query('SELECT owner FROM api_keys WHERE digest = $1', [digest]);
  if (r.rowCount === 0) {
    res.status(401).end();
    return;
  }
  res.locals.owner = r.rows[0].owner;
  next();
}
