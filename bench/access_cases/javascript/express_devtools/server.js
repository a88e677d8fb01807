// Internal developer dashboard
const express = require("express");
const jwt = require("jsonwebtoken");
const serveIndex = require("serve-index");
const { db } = require("./db");

const app = express();
app.use(express.json());
app.use("/logs", express.static("logs"), serveIndex("logs", { icons: true }));

app.get("/builds", async (req, res) => {
  res.json(await db.all("SELECT id, branch, status FROM builds ORDER BY id DESC LIMIT 100"));
});

app.post("/builds/:id/retry", async (req, res) => {
  await db.run("UPDATE builds SET status = 'queued' WHERE id = ?", [req.params.id]);
  res.sendStatus(202);
});

app.post("/admin/flush-cache", async (req, res) => {
  await db.run("DELETE FROM cache");
  res.json({ flushed: true });
});

app.get("/me/flags", (req, res) => {
  const token = (req.headers.authorization || "").replace("Bearer ", "");
  const claims = jwt.decode(token);
  if (claims && claims.isStaff) {
    return res.json({ flags: ["new-dashboard"] });
  }
  res.json({ flags: [] });
});

app.listen(8080);
