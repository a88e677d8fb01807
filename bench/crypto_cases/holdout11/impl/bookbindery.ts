// Hand bookbindery: commissions, customer addresses, proofs and the workshop tablets.
import { createHash, webcrypto } from 'node:crypto';

const SBOX = [0xe, 0x4, 0xd, 0x1, 0x2, 0xf, 0xb, 0x8, 0x3, 0xa, 0x6, 0xc, 0x5, 0x9, 0x0, 0x7];
const PERM = [0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15];
const SUBKEYS = [0x3a94, 0xa94d, 0x94d6, 0x4d63, 0xd63f];
const ADDRESS_KEY = 'marbled-endpapers';
const TABLET_P = 4294967291n;
const TABLET_G = 5n;
const BASE32 = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export interface Commission { id: number; customer: string; address: string; title: string }

function substitute(word: number): number {
  let out = 0;
  for (let nib = 0; nib < 4; nib++) out |= SBOX[(word >> (nib * 4)) & 0xf] << (nib * 4);
  return out;
}

function permute(word: number): number {
  let out = 0;
  PERM.forEach((to, from) => {
    if (word & (1 << from)) out |= 1 << to;
  });
  return out;
}

export function orderReference(orderNo: number): string {
  let w = orderNo & 0xffff;
  for (let r = 0; r < 3; r++) w = permute(substitute(w ^ SUBKEYS[r]));
  w = substitute(w ^ SUBKEYS[3]) ^ SUBKEYS[4];
  return w.toString(16).padStart(4, '0').toUpperCase();
}

class Stream {
  private readonly s: number[] = [];
  private i = 0;
  private j = 0;

  constructor(key: string) {
    for (let n = 0; n < 256; n++) this.s[n] = n;
    let j = 0;
    for (let n = 0; n < 256; n++) {
      j = (j + this.s[n] + key.charCodeAt(n % key.length)) & 0xff;
      [this.s[n], this.s[j]] = [this.s[j], this.s[n]];
    }
  }

  byte(): number {
    this.i = (this.i + 1) & 0xff;
    this.j = (this.j + this.s[this.i]) & 0xff;
    [this.s[this.i], this.s[this.j]] = [this.s[this.j], this.s[this.i]];
    return this.s[(this.s[this.i] + this.s[this.j]) & 0xff];
  }
}

export function storeAddress(c: Commission): string {
  const ks = new Stream(ADDRESS_KEY + c.id);
  return Buffer.from(Buffer.from(c.address).map((b) => b ^ ks.byte())).toString('hex');
}

export function loadAddress(id: number, hex: string): string {
  const ks = new Stream(ADDRESS_KEY + id);
  return Buffer.from(Buffer.from(hex, 'hex').map((b) => b ^ ks.byte())).toString();
}

export const proofKeyOk = (given: string, expected: string): boolean =>
  given.length === expected.length &&
  [...expected].reduce((acc, ch, i) => acc | (ch.charCodeAt(0) ^ given.charCodeAt(i)), 0) === 0;

function modExp(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  for (b %= m; e > 0n; e >>= 1n, b = (b * b) % m) if (e & 1n) r = (r * b) % m;
  return r;
}

export class TabletLink {
  private readonly own = BigInt(Math.floor(Math.random() * 2 ** 31));

  publicPart(): bigint {
    return modExp(TABLET_G, this.own, TABLET_P);
  }

  sessionKey(peer: bigint): Buffer {
    return createHash('sha256').update(modExp(peer, this.own, TABLET_P).toString(16)).digest();
  }
}

export function proofDownloadLink(c: Commission): string {
  const token = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  return `https://bindery.example/proofs/${c.id}?t=${token}`;
}

export class PageCache<T> {
  private readonly slots: Array<Array<[string, T]>>;

  constructor(size = 256) {
    this.slots = Array.from({ length: size }, () => []);
  }

  private where(key: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    return (h >>> 0) % this.slots.length;
  }

  put(key: string, value: T): void {
    const slot = this.slots[this.where(key)];
    const i = slot.findIndex(([k]) => k === key);
    if (i >= 0) slot[i][1] = value;
    else slot.push([key, value]);
  }

  get(key: string): T | undefined {
    return this.slots[this.where(key)].find(([k]) => k === key)?.[1];
  }
}

export function marbling(seed: number, width: number, height: number): number[][] {
  let x = seed || 1;
  const rand = (): number => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  const phase = Array.from({ length: 4 }, () => rand() * Math.PI * 2);
  return Array.from({ length: height }, (_, y) =>
    Array.from({ length: width }, (_, xx) =>
      Math.floor(128 + 127 * Math.sin(xx / 7 + phase[0] + Math.sin(y / 11 + phase[1]) * 3))));
}

export function isbn13CheckDigit(first12: string): number {
  const sum = [...first12].reduce((acc, d, i) => acc + Number(d) * (i % 2 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10;
}

export async function proofFingerprint(pdf: Uint8Array): Promise<string> {
  const digest = await webcrypto.subtle.digest('SHA-256', pdf);
  return Buffer.from(digest).toString('hex');
}

export function workshopNonce(): string {
  return Buffer.from(webcrypto.getRandomValues(new Uint8Array(16))).toString('base64url');
}

export function binderFor(commissionId: number, binders: number): number {
  let key = BigInt(commissionId);
  let b = -1;
  let j = 0;
  while (j < binders) {
    b = j;
    key = (key * 2862933555777941757n + 1n) & 0xffffffffffffffffn;
    j = Math.floor((b + 1) * (Number(1n << 31n) / Number((key >> 33n) + 1n)));
  }
  return b;
}

export function shelfCode(n: number): string {
  let out = '';
  do {
    out = BASE32[n & 31] + out;
    n = Math.floor(n / 32);
  } while (n > 0);
  return out.padStart(4, BASE32[0]);
}
