const express = require("express");
const path = require("path");
const cookieParser = require("cookie-parser");
const { authenticate, requireRole } = require("./auth");
const items = require("./routes/items");
const warehouses = require("./routes/warehouses");

const app = express();
app.use(express.json());
app.use(cookieParser());
app.use("/public", express.static(path.join(__dirname, "public")));
app.use("/api/items", authenticate, items);
app.use("/api/warehouses", authenticate, requireRole("manager"), warehouses);

app.get("/api/health", (req, res) => res.json({ ok: true }));
app.post("/api/maintenance/rebuild-index", async (req, res) => {
  await items.rebuildIndex();
  res.sendStatus(202);
});

app.listen(process.env.PORT || 8080);
