import { cookies, headers } from "next/headers";
import { decodeJwt, jwtVerify } from "jose";
import { PrismaClient } from "@prisma/client";

export const prisma = new PrismaClient();

const secret = new TextEncoder().encode(process.env.SESSION_SECRET);

export type Session = { userId: string; role: "adopter" | "foster" | "staff" };

export class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export async function getSession(): Promise<Session | null> {
  const token = cookies().get("shelter_session")?.value;
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, secret, { algorithms: ["HS256"], issuer: "pawsafe" });
    return { userId: String(payload.sub), role: payload.role as Session["role"] };
  } catch {
    return null;
  }
}

export async function requireSession(): Promise<Session> {
  const session = await getSession();
  if (!session) throw new HttpError(401, "sign in");
  return session;
}

export async function requireStaff(): Promise<Session> {
  const session = await requireSession();
  if (session.role !== "staff") throw new HttpError(403, "staff only");
  return session;
}

export async function getFosterCarer(): Promise<{ fosterId: string } | null> {
  // the foster app keeps its own token in a header; we only need the id out of it
  const bearer = headers().get("authorization")?.replace(/^Bearer\s+/i, "");
  if (!bearer) return null;
  const claims = decodeJwt(bearer);
  if (claims.role !== "foster" || !claims.sub) return null;
  return { fosterId: claims.sub };
}

export function errorResponse(err: unknown): Response {
  if (err instanceof HttpError) {
    return Response.json({ error: err.message }, { status: err.status });
  }
  throw err;
}
