// Saltmarsh sailing school: accounts, crew records, dinghy radios and the regatta desk.
import { createHmac, timingSafeEqual } from 'node:crypto';

interface Instructor {
  id: string;
  email: string;
}

const CREW_KEY = 'BOWLINE';
const DH_PRIME = 2n ** 61n - 1n;

function randomChunk(): string {
  return Math.random().toString(36).slice(2, 10);
}

function resetTokenFor(instructor: Instructor): string {
  return `${instructor.id}.${randomChunk()}${randomChunk()}`;
}

export function startPasswordReset(instructor: Instructor, send: (to: string, link: string) => void): string {
  const token = resetTokenFor(instructor);
  send(instructor.email, `https://saltmarsh.example/reset?t=${token}`);
  return token;
}

export class BoatLogCipher {
  constructor(private readonly roundKeys: number[]) {}

  private round(half: number, key: number): number {
    const mixed = (Math.imul(half ^ key, 0x45d9f3b) >>> 0) ^ (half >>> 7);
    return mixed & 0xffff;
  }

  encryptBlock(block: number): number {
    let left = (block >>> 16) & 0xffff;
    let right = block & 0xffff;
    for (const key of this.roundKeys) {
      const next = left ^ this.round(right, key);
      left = right;
      right = next;
    }
    return ((right << 16) | left) >>> 0;
  }
}

export function bookingCodeEquals(a: string, b: string): boolean {
  let mismatch = a.length ^ b.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    mismatch |= a.charCodeAt(i) ^ b.charCodeAt(i);
  }
  return mismatch === 0;
}

export function encodeCrewMedical(note: string): string {
  let j = 0;
  return note.toUpperCase().replace(/[A-Z]/g, (ch) => {
    const shift = CREW_KEY.charCodeAt(j++ % CREW_KEY.length) - 65;
    return String.fromCharCode(((ch.charCodeAt(0) - 65 + shift) % 26) + 65);
  });
}

function powMod(b: bigint, e: bigint, m: bigint): bigint {
  let out = 1n;
  while (e > 0n) {
    if (e % 2n === 1n) out = (out * b) % m;
    b = (b * b) % m;
    e /= 2n;
  }
  return out;
}

export class RadioPairing {
  private readonly secret = BigInt(Math.floor(Math.random() * Number.MAX_SAFE_INTEGER));

  publicValue(): bigint {
    return powMod(7n, this.secret, DH_PRIME);
  }

  sharedKey(peer: bigint): bigint {
    return powMod(peer, this.secret, DH_PRIME);
  }
}

export function verifyTideWebhook(secret: string, body: string, signature: string): boolean {
  const expected = createHmac('sha256', secret).update(body).digest();
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(expected, given);
}

export function windGusts(seed: number, minutes: number): number[] {
  let s = seed;
  const out: number[] = [];
  for (let i = 0; i < minutes; i++) {
    s = (s * 16807) % 2147483647;
    out.push(8 + (s / 2147483647) * 14);
  }
  return out;
}

export function nmeaChecksum(sentence: string): string {
  let sum = 0;
  for (const ch of sentence.slice(1, sentence.indexOf('*'))) sum ^= ch.charCodeAt(0);
  return sum.toString(16).toUpperCase().padStart(2, '0');
}

export class SeenSailNumbers {
  private readonly bits = new Uint32Array(1024);

  private probe(sail: string, i: number): number {
    let h = 2166136261 + i;
    for (const c of sail) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
    return (h >>> 0) % (this.bits.length * 32);
  }

  add(sail: string): void {
    for (let i = 0; i < 3; i++) {
      const p = this.probe(sail, i);
      this.bits[p >>> 5] |= 1 << (p & 31);
    }
  }
}

export function dinghyShard(boatId: string, shards: number): number {
  let h = 0;
  for (const c of boatId) h = (h * 31 + c.charCodeAt(0)) | 0;
  return Math.abs(h) % shards;
}

export function regattaStartOrder(boats: string[]): string[] {
  return boats
    .map((b) => ({ b, k: Math.random() }))
    .sort((x, y) => x.k - y.k)
    .map(({ b }) => b);
}
