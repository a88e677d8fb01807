import { NextFunction, Request, Response } from 'express';
import { timingSafeEqual } from 'crypto';

const TOKEN = Buffer.from(process.env.MEDIA_TOKEN ?? '');

export function requireToken(req: Request, res: Response, next: NextFunction): void {
  const given = Buffer.from(req.header('x-media-token') ?? '');
  if (TOKEN.length === 0 || given.length !== TOKEN.length || !timingSafeEqual(given, TOKEN)) {
    res.status(401).end();
    return;
  }
  next();
}
