import { Router } from "express";
import { AuthedRequest, currentMember, requireArbiter, requireMember } from "../auth";
import { entries, games, members } from "../store";

export const gamesRouter = Router();

gamesRouter.get("/games/:id/pgn", async (req, res) => {
  const game = await games().findOne({ where: { id: Number(req.params.id) }, select: ["id", "pgn", "result"] });
  if (!game) return res.sendStatus(404);
  res.type("application/x-chess-pgn").send(game.pgn);
});

gamesRouter.get("/games/:id/notes", requireMember, async (req: AuthedRequest, res) => {
  const game = await games().findOneBy({ id: Number(req.params.id) });
  if (!game) return res.sendStatus(404);
  res.json({ notes: game.privateNotes });
});

gamesRouter.put("/games/:id/notes", requireMember, async (req: AuthedRequest, res) => {
  const game = await games().findOne({
    where: [
      { id: Number(req.params.id), whiteId: req.memberId },
      { id: Number(req.params.id), blackId: req.memberId },
    ],
  });
  if (!game) return res.sendStatus(404);
  game.privateNotes = String(req.body.notes ?? "");
  await games().save(game);
  res.sendStatus(204);
});

gamesRouter.post("/games/:id/result", requireMember, requireArbiter, async (req, res) => {
  await games().update({ id: Number(req.params.id) }, { result: String(req.body.result) });
  res.sendStatus(204);
});

gamesRouter.post("/ratings/recompute", requireMember, async (_req, res) => {
  const all = await members().find();
  for (const m of all) {
    m.rating = 1200;
  }
  await members().save(all);
  res.json({ reset: all.length });
});

gamesRouter.post("/tournaments/:id/entries", requireMember, async (req: AuthedRequest, res) => {
  const entry = entries().create({
    tournamentId: Number(req.params.id),
    memberId: req.memberId,
    ...req.body,
  });
  res.status(201).json(await entries().save(entry));
});

gamesRouter.delete("/tournaments/:id/entries/mine", requireMember, async (req: AuthedRequest, res) => {
  const result = await entries().update(
    { tournamentId: Number(req.params.id), memberId: req.memberId },
    { withdrawn: true }
  );
  if (!result.affected) return res.sendStatus(404);
  res.sendStatus(204);
});

gamesRouter.post("/club-night/pairing-request", currentMember, async (req: AuthedRequest, res) => {
  res.status(202).json({ queued: req.memberId });
});
