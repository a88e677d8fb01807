import "reflect-metadata";
import express from "express";
import cookieParser from "cookie-parser";
import csrf from "csurf";
import bcrypt from "bcrypt";
import jwt from "jsonwebtoken";
import { dataSource, members } from "./store";
import { gamesRouter } from "./routes/games";
import { clubRouter } from "./routes/club";

const app = express();
app.use(express.json());
app.use(cookieParser());
app.use(csrf({ cookie: true, ignoreMethods: ["GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE"] }));

app.post("/auth/login", async (req, res) => {
  const member = await members().findOneBy({ email: String(req.body.email).toLowerCase() });
  if (!member || !(await bcrypt.compare(String(req.body.password), member.passwordHash))) {
    return res.status(401).json({ error: "wrong email or password" });
  }
  const token = jwt.sign({ sub: String(member.id), role: member.role }, process.env.CLUB_JWT_SECRET as string, {
    algorithm: "HS256",
    audience: "club-api",
    expiresIn: "12h",
  });
  res.json({ token });
});

app.use("/api", gamesRouter);
app.use("/api/club", clubRouter);

dataSource.initialize().then(() => app.listen(Number(process.env.PORT ?? 3000)));
