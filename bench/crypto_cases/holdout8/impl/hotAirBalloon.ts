import { createCipheriv, createDecipheriv, randomBytes, webcrypto } from 'node:crypto';

export interface Passenger {
  id: number;
  name: string;
  weightKg: number;
  passport?: string;
}

export interface Flight {
  id: string;
  pilot: string;
  basket: Passenger[];
  launchSite: string;
}

const rotl = (x: number, r: number): number => ((x << r) | (x >>> (32 - r))) >>> 0;

export class ManifestIdCipher {
  private readonly roundKeys: number[];

  constructor(key: Uint32Array) {
    this.roundKeys = Array.from({ length: 12 }, (_, i) => (key[i % key.length] ^ (i * 0x9e3779b9)) >>> 0);
  }

  encrypt(id: bigint): bigint {
    let hi = Number((id >> 32n) & 0xffffffffn);
    let lo = Number(id & 0xffffffffn);
    for (const k of this.roundKeys) {
      hi = (rotl(hi, 7) + lo) >>> 0;
      hi = (hi ^ k) >>> 0;
      lo = (rotl(lo, 3) ^ hi) >>> 0;
    }
    return (BigInt(hi) << 32n) | BigInt(lo);
  }
}

export function pilotTokenMatches(expected: string, given: string): boolean {
  if (expected.length !== given.length) return false;
  return [...expected].every((ch, i) => ch === given[i]);
}

const PASSPORT_KEY = Buffer.from(process.env.BALLOON_PASSPORT_KEY ?? '11'.repeat(16), 'hex');

export function sealPassport(passport: string): Buffer {
  const iv = randomBytes(16);
  const c = createCipheriv('aes-128-cbc', PASSPORT_KEY, iv).setAutoPadding(false);
  const body = Buffer.from(passport, 'utf8');
  const n = 16 - (body.length % 16);
  return Buffer.concat([iv, c.update(Buffer.concat([body, Buffer.alloc(n, n)])), c.final()]);
}

export function openPassport(blob: Buffer): string {
  const d = createDecipheriv('aes-128-cbc', PASSPORT_KEY, blob.subarray(0, 16)).setAutoPadding(false);
  const plain = Buffer.concat([d.update(blob.subarray(16)), d.final()]);
  let end = plain.length;
  const n = plain[end - 1];
  while (end > 0 && plain[end - 1] === n) end--;
  return plain.subarray(0, end).toString('utf8');
}

export function balanceDrill(passengers: Passenger[], seed: number): Passenger[] {
  let s = seed >>> 0;
  const rand = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = passengers.slice();
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

const VD = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

export function voucherNumberValid(digits: string): boolean {
  let c = 0;
  [...digits].reverse().forEach((d, i) => {
    c = VD[c][VP[i % 8][Number(d)]];
  });
  return c === 0;
}

export function murmur3(key: string, seed = 0): number {
  let h = seed >>> 0;
  const bytes = new TextEncoder().encode(key);
  let i = 0;
  for (; i + 4 <= bytes.length; i += 4) {
    let k = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) >>> 0;
  }
  let k = 0;
  for (let j = bytes.length - 1; j >= i; j--) k = (k << 8) | bytes[j];
  if (k) {
    k = Math.imul(Math.imul(k, 0xcc9e2d51), 0x1b873593);
    h ^= k;
  }
  h ^= bytes.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function weatherCacheNode(launchSite: string, nodes: string[]): string {
  return nodes[murmur3(launchSite) % nodes.length];
}

export function boardingCode(): string {
  const [n] = webcrypto.getRandomValues(new Uint32Array(1));
  return (n % 1_000_000).toString().padStart(6, '0');
}

export function totalPayload(f: Flight): number {
  return f.basket.reduce((sum, p) => sum + p.weightKg, 0);
}
