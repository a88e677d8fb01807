import { createCipheriv, createDecipheriv, createHash, randomBytes } from "crypto";
import type { Request, Response } from "express";

const COMMISSION_SECRET = process.env.COMMISSION_SECRET ?? "anvil-and-tongs";
const PHONE_KEY = [3, 1, 4, 1, 5, 9, 2, 6];
const KIOSK_P = 0xffffffffffffffc5n;
const KIOSK_G = 7n;

export interface Commission {
  id: number;
  client: string;
  phone: string;
  pricePence: number;
  notes: string;
}

export class ApprenticeInvites {
  private state: number;

  constructor(seed: number = Date.now() % 2147483647) {
    this.state = seed > 0 ? seed : 1;
  }

  private next(): number {
    this.state = (this.state * 16807) % 2147483647;
    return this.state;
  }

  issue(email: string): { email: string; token: string } {
    const parts: string[] = [];
    for (let i = 0; i < 4; i++) parts.push(this.next().toString(36));
    return { email, token: parts.join("") };
  }
}

export function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

export function firmwareMatches(image: Uint8Array, expected: number): boolean {
  return adler32(image) === expected;
}

type RoundFn = (half: number, key: number) => number;

export class PriceMaskBuilder {
  private keys: number[] = [];
  private roundCount = 4;
  private fn: RoundFn = (h, k) => (((h ^ k) * 0x2c1b) + (h >>> 5)) & 0xffff;

  key(material: string): this {
    const digest = createHash("sha256").update(material).digest();
    this.keys = Array.from({ length: 16 }, (_, i) => digest.readUInt16BE(i * 2));
    return this;
  }

  rounds(n: number): this {
    this.roundCount = n;
    return this;
  }

  build(): { mask(v: number): number; unmask(v: number): number } {
    const keys = this.keys.slice(0, this.roundCount);
    const f = this.fn;
    return {
      mask(v: number): number {
        let l = (v >>> 16) & 0xffff;
        let r = v & 0xffff;
        for (const k of keys) [l, r] = [r, l ^ f(r, k)];
        return ((l << 16) | r) >>> 0;
      },
      unmask(v: number): number {
        let l = (v >>> 16) & 0xffff;
        let r = v & 0xffff;
        for (const k of [...keys].reverse()) [l, r] = [r ^ f(l, k), l];
        return ((l << 16) | r) >>> 0;
      },
    };
  }
}

export function coolingCurve(startC: number, minutes: number, noise: () => number = Math.random): number[] {
  const ambient = 18;
  const k = 0.045;
  return Array.from({ length: minutes }, (_, t) => ambient + (startC - ambient) * Math.exp(-k * t) + (noise() - 0.5) * 3);
}

export class ToolRack<V> {
  private keys: (string | undefined)[];
  private values: (V | undefined)[];

  constructor(capacity = 128) {
    this.keys = new Array(capacity);
    this.values = new Array(capacity);
  }

  private probe(key: string): number {
    let h = 0;
    for (let i = 0; i < key.length; i++) h = (h * 131 + key.charCodeAt(i)) >>> 0;
    let slot = h % this.keys.length;
    while (this.keys[slot] !== undefined && this.keys[slot] !== key) slot = (slot + 1) % this.keys.length;
    return slot;
  }

  set(key: string, value: V): void {
    const s = this.probe(key);
    this.keys[s] = key;
    this.values[s] = value;
  }

  get(key: string): V | undefined {
    return this.values[this.probe(key)];
  }
}

function commissionTag(body: string): string {
  return createHash("sha256").update(COMMISSION_SECRET + body).digest("hex");
}

export function commissionCallback(req: Request, res: Response): void {
  const body = JSON.stringify(req.body);
  const tag = String(req.headers["x-forge-tag"] ?? "");
  if (commissionTag(body) !== tag) {
    res.status(403).send("tampered");
    return;
  }
  res.status(200).send("ok");
}

export function packReading(tempC: number, humidity: number, blowerOn: boolean): number {
  const t = Math.max(0, Math.min(2047, Math.round(tempC))) & 0x7ff;
  const h = Math.max(0, Math.min(127, Math.round(humidity))) & 0x7f;
  return ((t << 8) | (h << 1) | (blowerOn ? 1 : 0)) >>> 0;
}

export function unpackReading(word: number): { tempC: number; humidity: number; blowerOn: boolean } {
  return { tempC: (word >>> 8) & 0x7ff, humidity: (word >>> 1) & 0x7f, blowerOn: (word & 1) === 1 };
}

function modPow(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  for (b %= m; e > 0n; e >>= 1n, b = (b * b) % m) if (e & 1n) r = (r * b) % m;
  return r;
}

export class KioskPairing {
  private readonly secret = BigInt(Math.floor(Math.random() * Number.MAX_SAFE_INTEGER));

  offer(): bigint {
    return modPow(KIOSK_G, this.secret, KIOSK_P);
  }

  agree(theirs: bigint): Buffer {
    const shared = modPow(theirs, this.secret, KIOSK_P);
    return createHash("sha256").update(shared.toString(16)).digest();
  }
}

export function openDayRaffle(entrants: string[]): { winner: string; roll: number[] } {
  const roll = [1, 2].map(() => 1 + Math.floor(Math.random() * 6));
  const winner = entrants[(roll[0] * 6 + roll[1]) % entrants.length];
  return { winner, roll };
}

export function obscurePhone(phone: string): string {
  let i = 0;
  return phone.replace(/\d/g, (d) => String((Number(d) + PHONE_KEY[i++ % PHONE_KEY.length]) % 10));
}

export function revealPhone(masked: string): string {
  let i = 0;
  return masked.replace(/\d/g, (d) => String((Number(d) + 10 - PHONE_KEY[i++ % PHONE_KEY.length]) % 10));
}

export class Cipher {
  constructor(private readonly key: Buffer = randomBytes(32)) {}

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const c = createCipheriv("aes-256-gcm", this.key, iv);
    const body = Buffer.concat([c.update(plain, "utf8"), c.final()]);
    return Buffer.concat([iv, c.getAuthTag(), body]).toString("base64");
  }

  decrypt(sealed: string): string {
    const raw = Buffer.from(sealed, "base64");
    const d = createDecipheriv("aes-256-gcm", this.key, raw.subarray(0, 12));
    d.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString("utf8");
  }
}
