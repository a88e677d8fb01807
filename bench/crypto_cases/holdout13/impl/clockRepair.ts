// Tick & Tock clock and watch repair: claim codes, customer records, the workshop API.

import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { customers, tickets } from './benchDb';

const SIGNING_KEY = process.env.WORKSHOP_KEY ?? 'escapement';
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

interface Ticket {
  id: number;
  customer: string;
  movement: string;
}

let seed = Date.now() % 233280;

function nextFraction(): number {
  seed = (seed * 9301 + 49297) % 233280;
  return seed / 233280;
}

function asClaimCode(fraction: number): string {
  return Math.floor(fraction * 1e8).toString().padStart(8, '0');
}

export async function openTicket(t: Ticket): Promise<string> {
  const fraction = nextFraction();
  const claim = asClaimCode(fraction);
  await tickets.save({ ...t, claim });
  return claim;
}

export class PhoneMask {
  private readonly keys: number[];

  constructor(master: number) {
    this.keys = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => (master * (i + 3) + 0x9e37) & 0xffff);
  }

  private f(half: number, key: number): number {
    return ((half ^ key) * 0x6b + (half >>> 5)) & 0xffff;
  }

  hide(phone: number): number {
    let l = (phone >>> 16) & 0xffff;
    let r = phone & 0xffff;
    for (const k of this.keys) {
      [l, r] = [r, l ^ this.f(r, k)];
    }
    return ((l << 16) | r) >>> 0;
  }
}

function timingSafe(a: string, b: string): boolean {
  let mismatch = a.length ^ b.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    mismatch |= a.charCodeAt(i) ^ b.charCodeAt(i);
  }
  return mismatch === 0;
}

export function requireBenchToken(req: Request, res: Response, next: () => void): void {
  if (!timingSafe(process.env.BENCH_TOKEN ?? '', req.header('x-bench-token') ?? '')) {
    res.status(401).end();
    return;
  }
  next();
}

const rot13 = (s: string): string =>
  s.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });

export async function setPickupPassword(customerId: string, password: string): Promise<void> {
  await customers.update(customerId, { pickupPassword: rot13(password) });
}

export function signEstimate(estimateJson: string): string {
  return createHash('sha256').update(SIGNING_KEY + estimateJson).digest('hex');
}

export function estimateIsGenuine(estimateJson: string, tag: string): boolean {
  return signEstimate(estimateJson) === tag;
}

export function ticketRef(id: number): string {
  let out = '';
  let n = id;
  do {
    out = CROCKFORD[n % 32] + out;
    n = Math.floor(n / 32);
  } while (n > 0);
  return out;
}

export function pendulumPeriod(lengthM: number, swings: number): number[] {
  const g = 9.80665;
  const base = 2 * Math.PI * Math.sqrt(lengthM / g);
  return Array.from({ length: swings }, (_, i) => base * (1 + (i % 7) * 1e-5));
}

export function caseNumberCheck(caseNo: string): boolean {
  const digits = caseNo.replace(/\D/g, '').split('').map(Number);
  const check = digits.pop();
  const weighted = digits.reduce((acc, d, i) => acc + d * (i + 1), 0);
  return weighted % 10 === check;
}

export class PartsSeen {
  private readonly bits = new Uint8Array(2048);

  private positions(part: string): number[] {
    const digest = createHash('sha1').update(part).digest();
    return [0, 4, 8].map((o) => digest.readUInt32BE(o) % (this.bits.length * 8));
  }

  add(part: string): void {
    for (const p of this.positions(part)) this.bits[p >> 3] |= 1 << (p & 7);
  }

  mayHave(part: string): boolean {
    return this.positions(part).every((p) => (this.bits[p >> 3] & (1 << (p & 7))) !== 0);
  }
}

export function jumpHash(key: bigint, buckets: number): number {
  let b = -1;
  let j = 0;
  while (j < buckets) {
    b = j;
    key = (key * 2862933555777941757n + 1n) & 0xffffffffffffffffn;
    j = Math.floor((b + 1) * (Number(1n << 31n) / Number((key >> 33n) + 1n)));
  }
  return b;
}

export function collectionCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export function collectionCodeMatches(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
