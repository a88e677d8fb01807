import { createHash, pbkdf2Sync, randomBytes, timingSafeEqual } from "node:crypto";

const MEDICAL_KEY = Buffer.from("zamboni-at-dawn", "utf8");
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const COACH_TOKEN = new TextEncoder().encode(process.env.COACH_TOKEN ?? "triple-axel-2026");

export interface Skater {
  id: number;
  name: string;
  medicalNotes: string;
  passwordHash?: string;
}

function* lockerPins(): Generator<string> {
  for (;;) {
    let pin = "";
    for (let i = 0; i < 4; i++) pin += Math.floor(Math.random() * 10);
    yield pin;
  }
}

export class LockerBank {
  private pins = lockerPins();
  private assigned = new Map<number, string>();

  assign(locker: number): string {
    const pin = this.pins.next().value as string;
    this.assigned.set(locker, pin);
    return pin;
  }

  release(locker: number, pin: string): boolean {
    return this.assigned.get(locker) === pin && this.assigned.delete(locker);
  }
}

export class SeenSkaters {
  private readonly bits: Uint32Array;

  constructor(private readonly m = 4096, private readonly k = 3) {
    this.bits = new Uint32Array(m / 32);
  }

  private indexes(value: string): number[] {
    const d = createHash("sha1").update(value).digest();
    return Array.from({ length: this.k }, (_, i) => d.readUInt32BE(i * 4) % this.m);
  }

  add(value: string): void {
    for (const i of this.indexes(value)) this.bits[i >>> 5] |= 1 << (i & 31);
  }

  mightContain(value: string): boolean {
    return this.indexes(value).every((i) => (this.bits[i >>> 5] & (1 << (i & 31))) !== 0);
  }
}

export function protectMedical(skater: Skater): string {
  const src = Buffer.from(skater.medicalNotes, "utf8");
  const out = Buffer.alloc(src.length);
  src.forEach((b, i) => {
    out[i] = b ^ MEDICAL_KEY[i % MEDICAL_KEY.length];
  });
  return out.toString("base64");
}

export function readMedical(blob: string): string {
  const src = Buffer.from(blob, "base64");
  return Buffer.from(src.map((b, i) => b ^ MEDICAL_KEY[i % MEDICAL_KEY.length])).toString("utf8");
}

export class ScoreboardRing {
  private points: { at: number; server: string }[] = [];

  constructor(servers: string[], vnodes = 40) {
    for (const server of servers) {
      for (let v = 0; v < vnodes; v++) {
        this.points.push({ at: createHash("sha1").update(`${server}/${v}`).digest().readUInt32BE(0), server });
      }
    }
    this.points.sort((a, b) => a.at - b.at);
  }

  serverFor(eventId: string): string {
    const at = createHash("sha1").update(eventId).digest().readUInt32BE(0);
    const hit = this.points.find((p) => p.at >= at) ?? this.points[0];
    return hit.server;
  }
}

export function coachTokenOk(presented: Uint8Array): boolean {
  if (presented.length !== COACH_TOKEN.length) return false;
  let diff = 0;
  for (let i = 0; i < presented.length; i++) {
    diff |= presented[i] ^ COACH_TOKEN[i];
  }
  return diff === 0;
}

export function warmUpDisplayOrder<T>(group: T[]): T[] {
  const copy = [...group];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    const tmp = copy[i];
    copy[i] = copy[j];
    copy[j] = tmp;
  }
  return copy;
}

export function ean13Ok(code: string): boolean {
  if (!/^\d{13}$/.test(code)) return false;
  const digits = [...code].map(Number);
  const sum = digits.slice(0, 12).reduce((acc, d, i) => acc + d * (i % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10 === digits[12];
}

export function bookingReference(sequence: number): string {
  let n = sequence;
  let out = "";
  do {
    out = CROCKFORD[n & 31] + out;
    n = Math.floor(n / 32);
  } while (n > 0);
  return "ICE-" + out.padStart(6, "0");
}

export function stretchPin(pin: string, salt: string): string {
  let h = salt + pin;
  for (let i = 0; i < 4096; i++) {
    h = createHash("md5").update(h + pin).digest("hex");
  }
  return h;
}

export class ParentPortalLogin {
  constructor(private readonly store: Map<string, { salt: string; hash: string }>) {}

  register(email: string, pin: string): void {
    const salt = randomBytes(8).toString("hex");
    this.store.set(email, { salt, hash: stretchPin(pin, salt) });
  }

  check(email: string, pin: string): boolean {
    const rec = this.store.get(email);
    return !!rec && stretchPin(pin, rec.salt) === rec.hash;
  }
}

const RSA = { n: 3233n * 1000003n, e: 17n, d: 0n };

function powMod(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  let b = base % mod;
  let e = exp;
  while (e > 0n) {
    if (e % 2n === 1n) result = (result * b) % mod;
    b = (b * b) % mod;
    e /= 2n;
  }
  return result;
}

export const membershipCards = {
  setPrivate(d: bigint): void {
    RSA.d = d;
  },
  sign(memberId: number): string {
    return powMod(BigInt(memberId), RSA.d, RSA.n).toString(16);
  },
  valid(memberId: number, sig: string): boolean {
    return powMod(BigInt("0x" + sig), RSA.e, RSA.n) === BigInt(memberId);
  },
};

export class Hasher {
  hash(password: string): string {
    const salt = randomBytes(16);
    const dk = pbkdf2Sync(password, salt, 600_000, 32, "sha256");
    return `pbkdf2$${salt.toString("hex")}$${dk.toString("hex")}`;
  }

  verify(password: string, stored: string): boolean {
    const [, saltHex, dkHex] = stored.split("$");
    const dk = pbkdf2Sync(password, Buffer.from(saltHex, "hex"), 600_000, 32, "sha256");
    return timingSafeEqual(dk, Buffer.from(dkHex, "hex"));
  }
}
