import { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import { members } from "./store";

export interface AuthedRequest extends Request {
  memberId?: number;
  role?: string;
}

const SECRET = process.env.CLUB_JWT_SECRET as string;

export function requireMember(req: AuthedRequest, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : "";
  try {
    const claims = jwt.verify(token, SECRET, { algorithms: ["HS256"], audience: "club-api" }) as jwt.JwtPayload;
    req.memberId = Number(claims.sub);
    req.role = String(claims.role);
    return next();
  } catch {
    return res.status(401).json({ error: "sign in" });
  }
}

export async function requireArbiter(req: AuthedRequest, res: Response, next: NextFunction) {
  const member = await members().findOneBy({ id: req.memberId });
  if (!member || (member.role !== "arbiter" && member.role !== "secretary")) {
    return res.status(403).json({ error: "arbiters only" });
  }
  return next();
}

export function currentMember(req: AuthedRequest, res: Response, next: NextFunction) {
  // the club-night pairing screen has no login; it remembers who is at the board in a cookie
  const fromCookie = req.cookies?.memberId;
  if (fromCookie) {
    req.memberId = Number(fromCookie);
    return next();
  }
  return requireMember(req, res, next);
}
