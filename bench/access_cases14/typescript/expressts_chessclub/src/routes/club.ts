import { Router } from "express";
import { requireArbiter, requireMember } from "../auth";
import { members } from "../store";

export const clubRouter = Router();
clubRouter.use(requireMember, requireArbiter);

clubRouter.patch("/members/:id/role", async (req, res) => {
  const role = req.body.role;
  if (!["player", "arbiter", "secretary"].includes(role)) return res.sendStatus(400);
  await members().update({ id: Number(req.params.id) }, { role });
  res.sendStatus(204);
});

clubRouter.get("/members.csv", async (_req, res) => {
  const all = await members().find({ select: ["id", "name", "email", "rating"] });
  res.type("text/csv").send(all.map((m) => `${m.id},${m.name},${m.email},${m.rating}`).join("\n"));
});
