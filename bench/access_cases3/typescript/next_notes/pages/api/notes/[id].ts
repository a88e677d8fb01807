import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession } from "next-auth/next";
import { authOptions } from "../auth/[...nextauth]";
import { db } from "../../../lib/db";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: "unauthenticated" });
  const id = String(req.query.id);

  if (req.method === "GET") {
    const note = await db.note.findFirst({ where: { id, authorId: session.user.id } });
    return note ? res.json(note) : res.status(404).end();
  }
  if (req.method === "PUT") {
    const note = await db.note.update({ where: { id }, data: req.body });
    return res.json(note);
  }
  if (req.method === "DELETE") {
    await db.note.deleteMany({ where: { id, authorId: session.user.id } });
    return res.status(204).end();
  }
  res.status(405).end();
}
