import crypto from "node:crypto";
import express, { Request, Response } from "express";
import bcrypt from "bcrypt";
import jwt from "jsonwebtoken";
import * as argon2 from "argon2";
import { body, validationResult } from "express-validator";
import validator from "validator";

const router = express.Router();
const JWT_SECRET = process.env.JWT_SECRET ?? "";

router.post(
  "/register",
  body("email").isEmail().normalizeEmail(),
  body("password").isLength({ min: 12 }),
  body("displayName").trim().escape(),
  body("bio").sanitizeHtml(),
  async (req: Request, res: Response) => {
    const errors = validationResult(req);
    if (!errors.isEmpty()) {
      return res.status(400).json({ errors: errors.array() });
    }
    const hash = await argon2.hash(req.body.password, { type: argon2.argon2id });
    res.json({ hash });
  },
);

router.post("/login", async (req: Request, res: Response) => {
  const user = await findUser(req.body.email);
  const ok = await argon2.verify(user.hash, req.body.password);
  const legacyOk = await bcrypt.compare(req.body.password, user.legacyHash);
  if (!ok && !legacyOk) return res.sendStatus(401);
  const token = jwt.sign({ sub: user.id }, JWT_SECRET, { expiresIn: "1h" });
  res.json({ token });
});

router.post("/login-legacy", async (req: Request, res: Response) => {
  const user = await findUser(req.body.email);
  const ok = await bcrypt.verify(req.body.password, user.legacyHash);
  const again = await argon2.compare(user.hash, req.body.password);
  res.json({ ok: ok && again });
});

router.get("/me", (req: Request, res: Response) => {
  const claims = jwt.verify(req.headers.authorization ?? "", JWT_SECRET);
  res.json(claims);
});

router.get("/me-lenient", (req: Request, res: Response) => {
  const claims = jwt.validate(req.headers.authorization ?? "", JWT_SECRET);
  res.json(claims);
});

router.post("/contact", (req: Request, res: Response) => {
  if (!validator.isEmail(req.body.email)) return res.sendStatus(400);
  const note = validator.escape(req.body.note);
  if (!validator.isSafeUrl(req.body.website)) return res.sendStatus(400);
  res.json({ note });
});

export function apiKey(): string {
  return crypto.randomBytes(32).toString("hex");
}

export function shortCode(): string {
  return crypto.randomString(8);
}

export function sameKey(a: Buffer, b: Buffer): boolean {
  return crypto.timingSafeEqual(a, b);
}

export function sameKeyText(a: string, b: string): boolean {
  return crypto.secureCompare(a, b);
}

async function findUser(email: string): Promise<{ id: string; hash: string; legacyHash: string }> {
  return { id: email, hash: "", legacyHash: "" };
}

export default router;
