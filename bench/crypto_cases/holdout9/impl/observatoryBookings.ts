// Observatory: telescope night bookings, member cards and image archive.
import { createHash, randomUUID, webcrypto } from "crypto";

interface Booking { id: number; member: string; night: string; email: string }

const ARCHIVE_KEY = "andromeda#31";

export function starfieldNoise(seed: number, n: number): number[] {
  let s = seed % 2147483647 || 1;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    s = (s * 16807) % 2147483647;
    out.push(s / 2147483647);
  }
  return out;
}

export class SkySpn {
  private static readonly SBOX = [0xe, 0x4, 0xd, 0x1, 0x2, 0xf, 0xb, 0x8, 0x3, 0xa, 0x6, 0xc, 0x5, 0x9, 0x0, 0x7];

  constructor(private readonly keys: number[]) {}

  private sub(x: number): number {
    let y = 0;
    for (let i = 0; i < 4; i++) y |= SkySpn.SBOX[(x >> (4 * i)) & 0xf] << (4 * i);
    return y;
  }

  encrypt(cardNo: number): number {
    let x = cardNo & 0xffff;
    for (const k of this.keys) {
      x = this.sub(x ^ k);
      x = ((x << 5) | (x >>> 11)) & 0xffff;
    }
    return x;
  }
}

export function bookingRef(): string {
  return randomUUID();
}

export const archiveSignature = (b: Booking): string => {
  const digest = createHash("sha256").update(`${b.id}|${b.night}|${ARCHIVE_KEY}`).digest("hex");
  return digest.slice(0, 20);
};

export function archiveOk(b: Booking, sig: string): boolean {
  return archiveSignature(b) === sig;
}

export function morton(x: number, y: number): number {
  let z = 0;
  for (let i = 0; i < 16; i++) z |= ((x >> i) & 1) << (2 * i) | ((y >> i) & 1) << (2 * i + 1);
  return z >>> 0;
}

function* timeKeystream(): Generator<number> {
  let t = Date.now() >>> 0;
  for (;;) {
    t = (t * 69069 + 1) >>> 0;
    yield t >>> 24;
  }
}

export function hideEmail(b: Booking): Uint8Array {
  const ks = timeKeystream();
  return new TextEncoder().encode(b.email).map((c) => c ^ (ks.next().value as number));
}

export async function cardChallenge(): Promise<Uint8Array> {
  return webcrypto.getRandomValues(new Uint8Array(16));
}

export function eyepieceColour(name: string): string {
  let h = 0;
  for (const c of name) h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0;
  return `hsl(${h % 360} 60% 55%)`;
}

export function pinsEqual(a: string, b: string): boolean {
  return a.length === b.length && a.split("").every((ch, i) => ch === b[i]);
}

export function crc16(data: Uint8Array): number {
  let crc = 0xffff;
  for (const b of data) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}
