const express = require("express");
const path = require("path");
const session = require("express-session");
const { requireAuth, requireAdmin } = require("./middleware/auth");
const postsRouter = require("./routes/posts");
const usersRouter = require("./routes/users");
const adminRouter = require("./routes/admin");

const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
app.use(express.static(__dirname));

app.use("/api/posts", postsRouter);
app.use("/api/users", requireAuth, usersRouter);
app.use("/api/admin", requireAuth, requireAdmin, adminRouter);

app.get("/healthz", (req, res) => res.json({ ok: true }));

app.listen(process.env.PORT || 3000);
