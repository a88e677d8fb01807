import fs from 'node:fs';
import path from 'node:path';
import type { NextApiRequest, NextApiResponse } from 'next';

const SUBMISSIONS_DIR = path.join(process.cwd(), 'storage', 'submissions');

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const parts = ([] as string[]).concat(req.query.path ?? []);
  const target = path.join(SUBMISSIONS_DIR, ...parts);
  if (!target.startsWith(SUBMISSIONS_DIR)) return res.status(400).end();
  if (fs.statSync(target, { throwIfNoEntry: false })?.isDirectory()) {
    return res.json(fs.readdirSync(target));
  }
  res.setHeader('Content-Type', 'application/pdf');
  fs.createReadStream(target).pipe(res);
}
