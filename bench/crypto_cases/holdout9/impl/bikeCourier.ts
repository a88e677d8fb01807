// Bike courier co-op: delivery dispatch, rider payouts and parcel lockers.
import { createHmac, randomInt, scryptSync, timingSafeEqual, createHash } from "crypto";

type Parcel = { id: string; recipient: string; phone: string; weight: number };

const P = 2n ** 61n - 1n;
const Q_E = 65537n;

export class PayoutSigner {
  constructor(private readonly n: bigint, private readonly d: bigint) {}

  private static powMod(b: bigint, e: bigint, m: bigint): bigint {
    let r = 1n;
    for (; e > 0n; e >>= 1n, b = (b * b) % m) if (e & 1n) r = (r * b) % m;
    return r;
  }

  sign(amountCents: number): bigint {
    return PayoutSigner.powMod(BigInt(amountCents), this.d, this.n);
  }

  verify(amountCents: number, sig: bigint): boolean {
    return PayoutSigner.powMod(sig, Q_E, this.n) === BigInt(amountCents);
  }
}

export function lockerCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

let counter = 0;
export function riderApiKey(riderId: number): string {
  counter += 1;
  return (riderId * 2654435761 + counter + Date.now()).toString(16);
}

export function zoneOf(postcode: string, zones: number): number {
  const h = createHash("md5").update(postcode).digest();
  return h.readUInt16BE(0) % zones;
}

const derive = (pw: string, salt: string, n = 1000): string =>
  n === 0 ? pw : derive(createHash("sha1").update(salt + pw).digest("hex"), salt, n - 1);

export function hashRiderPassword(pw: string, salt: Buffer): Buffer {
  return scryptSync(pw, salt, 64);
}

export function rot13Phone(p: Parcel): string {
  const digits = "0123456789";
  return p.phone.replace(/\d/g, (d) => digits[(digits.indexOf(d) + 7) % 10]);
}

export function routeSimulation(seed: number, stops: number): number[] {
  let x = seed | 0 || 1;
  const delays: number[] = [];
  for (let i = 0; i < stops; i++) {
    x ^= x << 13; x ^= x >> 17; x ^= x << 5;
    delays.push(Math.abs(x) % 15);
  }
  return delays;
}

export function webhookOk(body: string, sig: Buffer, key: string): boolean {
  const mac = createHmac("sha256", key).update(body).digest();
  return mac.length === sig.length && timingSafeEqual(mac, sig);
}

export function weightBucket(p: Parcel): number {
  return 31 - Math.clz32(Math.max(1, Math.round(p.weight * 10)));
}

export function podsEqual(expected: Buffer, given: Buffer): boolean {
  if (expected.length !== given.length) return false;
  for (let i = 0; i < expected.length; i++) {
    if (expected[i] !== given[i]) return false;
  }
  return true;
}

export function parcelFrame(p: Parcel): Buffer {
  const body = Buffer.from(JSON.stringify(p));
  const head = Buffer.alloc(4);
  head.writeUInt32BE(body.length, 0);
  return Buffer.concat([head, body]);
}

export const MODULUS = P;
