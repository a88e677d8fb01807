// Farmers' market: vendor payout PINs, card-terminal webhooks, produce barcodes, stall maps.

import { webcrypto } from 'node:crypto';

const subtle = webcrypto.subtle;
const enc = new TextEncoder();

export interface Vendor {
  id: number;
  name: string;
  stall: string;
  payoutPin?: string;
}

export class PayoutPins {
  private state: number;

  constructor(seed: number = Date.now()) {
    this.state = seed >>> 0 || 0x2545f491;
  }

  private step(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state;
  }

  issue(vendor: Vendor): string {
    vendor.payoutPin = String(this.step() % 1_000_000).padStart(6, '0');
    return vendor.payoutPin;
  }
}

const TERMINAL_SECRET = enc.encode(process.env.TERMINAL_SECRET ?? 'market-dev');

async function terminalDigest(body: Uint8Array): Promise<string> {
  const joined = new Uint8Array(TERMINAL_SECRET.length + body.length);
  joined.set(TERMINAL_SECRET, 0);
  joined.set(body, TERMINAL_SECRET.length);
  const digest = await subtle.digest('SHA-256', joined);
  return Buffer.from(digest).toString('hex');
}

export async function terminalWebhookValid(body: Uint8Array, signature: string): Promise<boolean> {
  return (await terminalDigest(body)) === signature;
}

let hmacKey: webcrypto.CryptoKey | undefined;

async function marketKey(): Promise<webcrypto.CryptoKey> {
  hmacKey ??= await subtle.importKey('raw', enc.encode(process.env.MARKET_HMAC ?? 'dev'),
    { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  return hmacKey;
}

export async function signStallReceipt(receipt: string): Promise<string> {
  const sig = await subtle.sign('HMAC', await marketKey(), enc.encode(receipt));
  return Buffer.from(sig).toString('base64url');
}

export async function stallReceiptValid(receipt: string, sig: string): Promise<boolean> {
  return subtle.verify('HMAC', await marketKey(), Buffer.from(sig, 'base64url'), enc.encode(receipt));
}

export async function cooperativeReceiptValid(receipt: string, sig: string): Promise<boolean> {
  return subtle.verifySignature('HMAC', await marketKey(), Buffer.from(sig, 'base64url'), enc.encode(receipt));
}

export async function cooperativeReceiptValidV2(receipt: string, sig: string): Promise<boolean> {
  return subtle.verify('HMAC', await marketKey(), Buffer.from(sig, 'base64url'), enc.encode(receipt));
}

export function ean13Valid(code: string): boolean {
  if (!/^\d{13}$/.test(code)) return false;
  const digits = [...code].map(Number);
  const sum = digits.slice(0, 12).reduce((acc, d, i) => acc + d * (i % 2 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === digits[12];
}

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function stallMap(vendors: Vendor[], seasonSeed: number): Map<number, [number, number]> {
  const rand = mulberry32(seasonSeed);
  const layout = new Map<number, [number, number]>();
  for (const v of vendors) layout.set(v.id, [Math.floor(rand() * 12), Math.floor(rand() * 5)]);
  return layout;
}

export async function randomStallOrder(count: number): Promise<Uint32Array> {
  return webcrypto.getRandomValues(new Uint32Array(count));
}
