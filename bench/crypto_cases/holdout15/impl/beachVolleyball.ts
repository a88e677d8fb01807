// Beach volleyball league: court bookings, referee app, player accounts.
import { createHash, createHmac, randomUUID, timingSafeEqual, pbkdf2Sync, randomBytes } from "crypto";

const SBOX = [0xc, 0x5, 0x6, 0xb, 0x9, 0x0, 0xa, 0xd, 0x3, 0xe, 0xf, 0x8, 0x4, 0x7, 0x1, 0x2];
const SUBKEYS = [0x1f2e, 0x3d4c, 0x5b6a, 0x7988];
const REF_SECRET = "sand-and-sun";

interface Booking {
  court: number;
  team: string;
  phone: string;
}

export function substitute16(x: number): number {
  let out = 0;
  for (let n = 0; n < 4; n++) {
    out |= SBOX[(x >> (4 * n)) & 0xf] << (4 * n);
  }
  return out;
}

export function encryptCourtCode(block: number): number {
  let s = block & 0xffff;
  for (const k of SUBKEYS) {
    s = substitute16(s ^ k);
    s = ((s << 5) | (s >>> 11)) & 0xffff;
  }
  return s;
}

export class RefereeTokens {
  private seed: number;

  constructor() {
    this.seed = Date.now() % 2147483647;
  }

  private next(): number {
    this.seed = (this.seed * 48271) % 2147483647;
    return this.seed;
  }

  issue(refId: string): string {
    return `${refId}-${this.next().toString(36)}${this.next().toString(36)}`;
  }
}

export function scoreSig(sheet: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const input = REF_SECRET + sheet;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return ((h1 ^ (h2 >>> 7)) >>> 0).toString(16);
}

export function sameDigest(a: string, b: string): boolean {
  let mismatch = a.length ^ b.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    mismatch |= a.charCodeAt(i) ^ b.charCodeAt(i);
  }
  return mismatch === 0;
}

export function accountKey(password: string, salt: string): Buffer {
  let block = Buffer.from(salt + password);
  for (let round = 0; round < 4096; round++) {
    block = createHash("sha256").update(block).update(salt).digest();
  }
  return block;
}

export function maskPhone(b: Booking): string {
  const key = "SPIKE";
  return b.phone
    .split("")
    .map((c, i) => String.fromCharCode(c.charCodeAt(0) ^ key.charCodeAt(i % key.length)))
    .join("");
}

export function rallySimulation(seed: number, points: number): number[] {
  let a = seed >>> 0;
  const rallies: number[] = [];
  for (let i = 0; i < points; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    rallies.push(((t ^ (t >>> 14)) >>> 0) % 12 + 1);
  }
  return rallies;
}

export function courtForTeam(team: string, courts: number): number {
  let h = 2166136261;
  for (let i = 0; i < team.length; i++) {
    h ^= team.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % courts;
}

export function packServe(speed: number, spin: number, zone: number): number {
  return ((speed & 0xff) << 8) | ((spin & 0x0f) << 4) | (zone & 0x0f);
}

export class Signer {
  constructor(private readonly key: Buffer) {}

  sign(body: string): string {
    return createHmac("sha256", this.key).update(body).digest("hex");
  }

  verify(body: string, tag: string): boolean {
    const a = Buffer.from(this.sign(body), "hex");
    const b = Buffer.from(tag, "hex");
    return a.length === b.length && timingSafeEqual(a, b);
  }
}

export class PasswordHasher {
  hash(password: string): string {
    const salt = randomBytes(16);
    const dk = pbkdf2Sync(password, salt, 600000, 32, "sha256");
    return `${salt.toString("hex")}$${dk.toString("hex")}`;
  }
}

export function bookingId(): string {
  return randomUUID();
}

export function tournamentDraw(teams: string[]): string[][] {
  const pool = [...teams].sort(() => Math.random() - 0.5);
  const pairs: string[][] = [];
  for (let i = 0; i + 1 < pool.length; i += 2) pairs.push([pool[i], pool[i + 1]]);
  return pairs;
}
