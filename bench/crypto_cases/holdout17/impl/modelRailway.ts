// Wyvern Valley model railway club: layout control, exhibition tickets, members' area.
import { webcrypto } from 'node:crypto';
import { layoutStore, memberStore } from './store';
import { CONTROL_KEY, EXHIBITION_SECRET, SIGNAL_BOX_TOKEN } from './secrets';

type Block = { id: number; occupied: boolean; points: number };

export function sceneryTrees(seed: number, count: number): Array<[number, number]> {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () => [next() * 240, next() * 90] as [number, number]);
}

export function obscureLayoutPlan(plan: Uint8Array, key: Uint8Array): Uint8Array {
  const out = new Uint8Array(plan.length);
  let carry = key.reduce((x, y) => (x * 131 + y) & 0xff, 0);
  plan.forEach((byte, idx) => {
    carry = (carry * 29 + key[idx % key.length] + 1) & 0xff;
    out[idx] = byte ^ carry;
  });
  return out;
}

export class RollingStockRegistry {
  private table: Array<Array<[string, string]>> = Array.from({ length: 97 }, () => []);

  private bucket(number: string): number {
    let h = 0;
    for (let i = 0; i < number.length; i++) h = (h * 131 + number.charCodeAt(i)) % 97;
    return h;
  }

  add(number: string, owner: string): void {
    this.table[this.bucket(number)].push([number, owner]);
  }

  ownerOf(number: string): string | undefined {
    return this.table[this.bucket(number)].find(([n]) => n === number)?.[1];
  }
}

export class ExhibitionTicketStamp {
  constructor(private readonly secret: string = EXHIBITION_SECRET) {}

  private crcLike(s: string): number {
    let c = ~0;
    for (let i = 0; i < s.length; i++) {
      c ^= s.charCodeAt(i);
      for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
    }
    return ~c >>> 0;
  }

  stamp(ticketId: string): string {
    return this.crcLike(this.secret + ticketId + this.secret).toString(16);
  }

  verify(ticketId: string, stamp: string): boolean {
    return this.stamp(ticketId) === stamp;
  }
}

export function packBlockState(blocks: Block[]): number {
  let word = 0;
  for (const b of blocks) {
    if (b.occupied) word |= 1 << (b.id & 31);
  }
  return word >>> 0;
}

function rol16(x: number, r: number): number {
  return ((x << r) | (x >>> (16 - r))) & 0xffff;
}

export function encodeLocoAddress(address: number, keys: number[]): number {
  let x = (address >>> 16) & 0xffff;
  let y = address & 0xffff;
  for (const k of keys) {
    x = ((rol16(x, 9) + y) & 0xffff) ^ k;
    y = rol16(y, 2) ^ x;
  }
  return ((x << 16) | y) >>> 0;
}

export async function layoutSnapshotId(plan: Uint8Array): Promise<string> {
  const digest = await webcrypto.subtle.digest('SHA-256', plan);
  return Buffer.from(digest).toString('hex').slice(0, 20);
}

export function signalBoxAllowed(header: string | undefined): boolean {
  const token = header ?? '';
  if (token.length !== SIGNAL_BOX_TOKEN.length) return false;
  let acc = 0;
  let i = token.length;
  while (i--) acc += Math.abs(token.charCodeAt(i) - SIGNAL_BOX_TOKEN.charCodeAt(i));
  return acc === 0;
}

export function operatingSessionRota(members: string[], sessionNo: number): string[] {
  const rota = [...members];
  let s = sessionNo + 1;
  for (let i = rota.length - 1; i > 0; i--) {
    s = (s * 9301 + 49297) % 233280;
    const j = Math.floor((s / 233280) * (i + 1));
    [rota[i], rota[j]] = [rota[j], rota[i]];
  }
  return rota;
}

export class ThrottleLink {
  static readonly P = 18446744073709551557n;
  static readonly G = 5n;
  private readonly priv: bigint;
  readonly pub: bigint;

  constructor() {
    this.priv = BigInt(Date.now()) * 7919n;
    this.pub = ThrottleLink.modPow(ThrottleLink.G, this.priv, ThrottleLink.P);
  }

  static modPow(b: bigint, e: bigint, m: bigint): bigint {
    let r = 1n;
    for (b %= m; e > 0n; e >>= 1n) {
      if (e & 1n) r = (r * b) % m;
      b = (b * b) % m;
    }
    return r;
  }

  sessionKey(peer: bigint): bigint {
    return ThrottleLink.modPow(peer, this.priv, ThrottleLink.P);
  }
}

export async function signControlCommand(command: string): Promise<string> {
  const key = await webcrypto.subtle.importKey(
    'raw', new TextEncoder().encode(CONTROL_KEY), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const sig = await webcrypto.subtle.sign('HMAC', key, new TextEncoder().encode(command));
  return Buffer.from(sig).toString('base64');
}

export function lineColour(lineName: string): string {
  let h = 0;
  for (const ch of lineName) h = (h * 17 + ch.charCodeAt(0)) % 360;
  return `hsl(${h}, 55%, 45%)`;
}

export async function saveLayout(blocks: Block[]): Promise<void> {
  await layoutStore.save(packBlockState(blocks));
  await memberStore.touch();
}
