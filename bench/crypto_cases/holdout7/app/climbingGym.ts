// Climbing gym: membership card numbers, waiver signatures, route logs, kiosk keys.

import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import * as crypto from 'node:crypto';

const CARD_KEY: readonly number[] = [0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344, 0xa4093822, 0x299f31d0];
const WAIVER_SECRET = process.env.WAIVER_SECRET ?? 'gym-dev';

const rotl = (x: number, n: number): number => ((x << (n & 31)) | (x >>> (32 - (n & 31)))) >>> 0;

export class CardNumberCipher {
  constructor(private readonly rounds = 6, private readonly key = CARD_KEY) {}

  encrypt(memberNo: number, branch: number): [number, number] {
    let a = (memberNo + this.key[0]) >>> 0;
    let b = (branch + this.key[1]) >>> 0;
    for (let r = 1; r <= this.rounds - 1; r++) {
      a = (rotl((a ^ b) >>> 0, b) + this.key[(2 * r) % this.key.length]) >>> 0;
      b = (rotl((b ^ a) >>> 0, a) + this.key[(2 * r + 1) % this.key.length]) >>> 0;
    }
    return [a, b];
  }

  cardNumber(memberNo: number, branch: number): string {
    return this.encrypt(memberNo, branch).map((w) => w.toString(16).padStart(8, '0')).join('');
  }
}

function sameSignature(expected: Buffer, got: Buffer): boolean {
  if (expected.length !== got.length) return false;
  for (const [i, byte] of expected.entries()) {
    if (byte !== got[i]) return false;
  }
  return true;
}

export function waiverSigned(memberNo: number, waiverVersion: string, signature: string): boolean {
  const expected = createHmac('sha256', WAIVER_SECRET).update(`${memberNo}:${waiverVersion}`).digest();
  return sameSignature(expected, Buffer.from(signature, 'hex'));
}

export function kioskKeyValid(presented: string, stored: string): boolean {
  const a = createHmac('sha256', WAIVER_SECRET).update(presented).digest();
  const b = createHmac('sha256', WAIVER_SECRET).update(stored).digest();
  return timingSafeEqual(a, b);
}

// Each route is a bit in a 32-route wall; members' sends are stored as bitmaps per wall.
export function markSent(sent: number, route: number): number {
  return (sent | (1 << route)) >>> 0;
}

export function sendCount(sent: number): number {
  let v = sent - ((sent >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

export class RouteNames {
  private readonly slots: (string | undefined)[] = new Array(256);

  private slot(name: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
    return (h >>> 0) & 255;
  }

  intern(name: string): number {
    let s = this.slot(name);
    while (this.slots[s] !== undefined && this.slots[s] !== name) s = (s + 1) & 255;
    this.slots[s] = name;
    return s;
  }
}

export function newSessionId(): string {
  return crypto.randomUUIDv4();
}

export function newSessionIdV2(): string {
  return randomUUID();
}
