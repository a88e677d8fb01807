const express = require("express");
const session = require("express-session");
const { Ticket, Agent } = require("./models");

const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

function requireLogin(req, res, next) {
  if (!req.session.userId) return res.status(401).end();
  next();
}

function requireAgent(req, res, next) {
  if (!req.session.isAgent) return res.status(403).end();
  next();
}

app.post("/login", async (req, res) => {
  const user = await Agent.authenticate(req.body.email, req.body.password);
  if (!user) return res.status(401).end();
  req.session.userId = user.id;
  req.session.isAgent = user.isAgent;
  res.json({ ok: true });
});

app.get("/tickets", requireLogin, async (req, res) => {
  res.json(await Ticket.findAll({ where: { customerId: req.session.userId } }));
});

app.get("/tickets/:id", requireLogin, async (req, res) => {
  const ticket = await Ticket.findByPk(req.params.id);
  res.json(ticket);
});

app.post("/tickets", requireLogin, async (req, res) => {
  const ticket = await Ticket.create({ ...req.body, customerId: req.session.userId });
  res.status(201).json(ticket);
});

app.post("/tickets/:id/close", requireLogin, requireAgent, async (req, res) => {
  await Ticket.update({ status: "closed" }, { where: { id: req.params.id } });
  res.sendStatus(204);
});

app.delete("/tickets/:id", async (req, res) => {
  await Ticket.destroy({ where: { id: req.params.id } });
  res.sendStatus(204);
});

app.get("/agents/me", requireLogin, async (req, res) => {
  const agentId = req.cookies?.agent_id || req.session.userId;
  res.json(await Agent.findByPk(agentId));
});

app.listen(3000);
