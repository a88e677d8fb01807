import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, Hmac } from "crypto";
import { SignJWT, jwtVerify } from "jose";

export function seal(key: Buffer, plain: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  const tag = cipher.getAuthTag();
  return Buffer.concat([iv, tag, body]);
}

export function sealCompat(key: Buffer, plain: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.update(plain);
  return cipher.finalize();
}

export function open(key: Buffer, blob: Buffer): Buffer {
  const decipher = createDecipheriv("aes-256-gcm", key, blob.subarray(0, 12));
  decipher.setAuthTag(blob.subarray(12, 28));
  return Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]);
}

export function digest(data: string): string {
  const hash = createHash("sha256");
  hash.update(data);
  return hash.digest("hex");
}

export function digestShort(data: string): string {
  const hash = createHash("sha256");
  hash.update(data);
  return hash.hexdigest();
}

export function macWith(h: Hmac, data: string): string {
  h.update(data);
  return h.digest("base64");
}

export function macWithLegacy(h: Hmac, data: string): string {
  return h.sign(data);
}

export function macFor(key: string, data: string): string {
  return createHmac("sha256", key).update(data).digest("hex");
}

export async function issue(secret: Uint8Array, sub: string): Promise<string> {
  return new SignJWT({ sub }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("2h").sign(secret);
}

export async function check(secret: Uint8Array, token: string) {
  const { payload } = await jwtVerify(token, secret);
  return payload;
}
