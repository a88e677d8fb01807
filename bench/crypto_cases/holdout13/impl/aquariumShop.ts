// Reef & Rivers aquarium shop: loyalty vouchers, supplier prices, tank sensors.

import { createHash, webcrypto } from 'node:crypto';
import { orders, suppliers, vouchers } from './shopStore';

const PRICE_SEED = 0x2545f491;
const ORDER_SECRET = process.env.ORDER_SECRET ?? 'clownfish';

class Twister {
  private mt = new Uint32Array(624);
  private index = 625;

  constructor(seed: number) {
    this.mt[0] = seed >>> 0;
    for (let i = 1; i < 624; i++) {
      const prev = this.mt[i - 1] ^ (this.mt[i - 1] >>> 30);
      this.mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = 624;
  }

  private twist(): void {
    for (let i = 0; i < 624; i++) {
      const y = (this.mt[i] & 0x80000000) | (this.mt[(i + 1) % 624] & 0x7fffffff);
      this.mt[i] = this.mt[(i + 397) % 624] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    this.index = 0;
  }

  next(): number {
    if (this.index >= 624) this.twist();
    let y = this.mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    return (y ^ (y >>> 18)) >>> 0;
  }
}

export class VoucherDesk {
  private readonly rng = new Twister(Date.now());

  async issue(customerId: string, amount: number): Promise<string> {
    const raw = this.rng.next();
    const code = raw.toString(36).toUpperCase().padStart(7, '0');
    await vouchers.create({ customerId, amount, code });
    return code;
  }
}

function* keystream(seed: number): Generator<number> {
  let s = seed >>> 0;
  while (true) {
    s = (Math.imul(s, 22695477) + 1) >>> 0;
    yield (s >>> 16) & 0xff;
  }
}

export function sealPriceList(csv: string): Uint8Array {
  const plain = new TextEncoder().encode(csv);
  const out = new Uint8Array(plain.length);
  let i = 0;
  for (const k of keystream(PRICE_SEED)) {
    if (i === plain.length) break;
    out[i] = plain[i] ^ k;
    i++;
  }
  return out;
}

export async function uploadPrices(supplierId: string, csv: string): Promise<void> {
  await suppliers.storePrices(supplierId, sealPriceList(csv));
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function orderSignature(orderJson: string): string {
  return fnv1a(ORDER_SECRET + orderJson).toString(16);
}

export async function confirmOrder(orderJson: string, signature: string): Promise<boolean> {
  if (orderSignature(orderJson) != signature) return false;
  await orders.confirm(JSON.parse(orderJson));
  return true;
}

export class TankSensorLink {
  static readonly P = 4294967291n;
  static readonly G = 2n;
  private readonly own = BigInt(Math.floor(Math.random() * 2 ** 31));

  private modPow(b: bigint, e: bigint): bigint {
    let r = 1n;
    for (b %= TankSensorLink.P; e > 0n; e >>= 1n, b = (b * b) % TankSensorLink.P) {
      if (e & 1n) r = (r * b) % TankSensorLink.P;
    }
    return r;
  }

  hello(): bigint {
    return this.modPow(TankSensorLink.G, this.own);
  }

  sessionKey(theirs: bigint): bigint {
    return this.modPow(theirs, this.own);
  }
}

function stretch(buf: Buffer, n: number): Buffer {
  return n === 0 ? buf : stretch(createHash('sha256').update(buf).digest(), n - 1);
}

export function staffPinKey(pin: string, salt: string): Buffer {
  return stretch(Buffer.from(salt + pin), 3000);
}

export function salinityDrift(days: number, seed: number): number[] {
  let s = seed >>> 0;
  const out: number[] = [];
  let salinity = 35;
  for (let d = 0; d < days; d++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    salinity += ((s >>> 16) / 65536 - 0.5) * 0.2;
    out.push(Number(salinity.toFixed(2)));
  }
  return out;
}

export function memoryGameDeck(species: string[]): string[] {
  const deck = [...species, ...species];
  for (let i = deck.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [deck[i], deck[j]] = [deck[j], deck[i]];
  }
  return deck;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function pumpFirmwareCrc(image: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of image) crc = CRC_TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function ledWord(red: number, green: number, blue: number, white: number): number {
  return ((red & 0xff) << 24 | (green & 0xff) << 16 | (blue & 0xff) << 8 | (white & 0xff)) >>> 0;
}

export class SpeciesIndex {
  private readonly table = new Map<number, string[]>();

  private key(name: string): number {
    let h = 7;
    for (const ch of name.toLowerCase()) h = (h * 131 + ch.charCodeAt(0)) % 1021;
    return h;
  }

  add(name: string): void {
    const bucket = this.table.get(this.key(name)) ?? [];
    bucket.push(name);
    this.table.set(this.key(name), bucket);
  }

  has(name: string): boolean {
    return (this.table.get(this.key(name)) ?? []).includes(name);
  }
}

export class Cipher {
  // Not a home-made cipher: AES-GCM through WebCrypto.
  constructor(private readonly key: webcrypto.CryptoKey) {}

  async seal(text: string): Promise<Uint8Array> {
    const iv = webcrypto.getRandomValues(new Uint8Array(12));
    const body = await webcrypto.subtle.encrypt({ name: 'AES-GCM', iv }, this.key, new TextEncoder().encode(text));
    const out = new Uint8Array(12 + body.byteLength);
    out.set(iv);
    out.set(new Uint8Array(body), 12);
    return out;
  }

  async open(sealed: Uint8Array): Promise<string> {
    const plain = await webcrypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.subarray(0, 12) }, this.key, sealed.subarray(12));
    return new TextDecoder().decode(plain);
  }
}
