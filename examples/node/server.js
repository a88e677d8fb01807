// An Express service, written the way an AI assistant often writes it.
const express = require("express");
const { exec } = require("child_process");
const crypto = require("crypto");
const jwt = require("jsonwebtoken");

const app = express();
app.use(express.json());

app.get("/files", (req, res) => {
  exec("ls -la " + req.query.dir, (err, out) => res.send(out));
});

app.get("/search", async (req, res) => {
  const rows = await db.query(`SELECT * FROM items WHERE title LIKE '%${req.query.q}%'`);
  res.json(rows);
});

app.post("/login", (req, res) => {
  const user = jwt.verify(req.body.token, process.env.JWT_KEY);
  const session = Math.random().toString(36).slice(2);
  const digest = crypto.createHash("md5").update(req.body.password).digest("hex");
  res.cookie("session", session);
  res.json({ user, digest });
});

app.get("/render", (req, res) => {
  res.send(eval(req.query.expr));
});

app.listen(3000);
