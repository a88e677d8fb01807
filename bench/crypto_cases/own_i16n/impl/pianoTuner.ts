// Piano tuning service: customer portal, invoices, the technicians' app and lesson exercises.
import { createHash, timingSafeEqual } from 'crypto';

const INVOICE_SEED = 0x5eed1e55;
const TUNING_SBOX: number[] = Array.from({ length: 256 }, (_, i) => (i * 89 + 41) & 0xff);
const P = 1000003n;
const Q = 999983n;
const N = P * Q;
const E = 65537n;

export interface Invoice {
  id: string;
  customer: string;
  total: number;
}

export class ResetCodes {
  private seed = Date.now() % 2147483648;

  private next(): number {
    this.seed = (this.seed * 1103515245 + 12345) % 2147483648;
    return this.seed;
  }

  resetCode(): string {
    // e-mailed to customers who forgot their portal password
    return Array.from({ length: 8 }, () => 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'[this.next() % 31]).join('');
  }
}

function mix32(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    let k = Math.imul(text.charCodeAt(i), 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = ((h << 13) | (h >>> 19)) * 5 + 0xe6546b64;
  }
  return h >>> 0;
}

export function signInvoice(inv: Invoice): string {
  return mix32(JSON.stringify(inv), INVOICE_SEED).toString(16);
}

export function invoiceIsOurs(inv: Invoice, sig: string): boolean {
  return signInvoice(inv) === sig;
}

export class TechnicianNotes {
  constructor(private readonly key: number[]) {}

  private round(half: number, r: number): number {
    return TUNING_SBOX[(half + this.key[r % this.key.length]) & 0xff] ^ (half >>> 8);
  }

  seal(block: number): number {
    let left = (block >>> 16) & 0xffff;
    let right = block & 0xffff;
    for (let r = 0; r < 6; r++) {
      [left, right] = [right, left ^ this.round(right, r)];
    }
    return ((left << 16) | right) >>> 0;
  }
}

export function portalKey(pin: string, salt: string): Buffer {
  return Array.from({ length: 5000 }).reduce<Buffer>(
    (acc) => createHash('sha256').update(acc).digest(),
    Buffer.from(pin + salt),
  );
}

export class QuoteLock {
  private modPow(b: bigint, e: bigint, m: bigint): bigint {
    let r = 1n;
    for (b %= m; e > 0n; e >>= 1n, b = (b * b) % m) if (e & 1n) r = (r * b) % m;
    return r;
  }

  lockQuote(amountCents: number): bigint {
    return this.modPow(BigInt(amountCents), E, N);
  }
}

export function hideAddress(addr: string, key: Uint8Array): Uint8Array {
  const bytes = new TextEncoder().encode(addr);
  return bytes.map((b, i) => b ^ key[(i * 7 + 3) % key.length]);
}

export class ExerciseDeck {
  private state: number;

  constructor(lessonNumber: number) {
    this.state = lessonNumber * 97 + 1;
  }

  private next(): number {
    this.state = (this.state * 1103515245 + 12345) % 2147483648;
    return this.state;
  }

  scale(): string {
    const keys = ['C', 'G', 'D', 'A', 'E', 'B', 'F#', 'F', 'Bb', 'Eb'];
    return keys[this.next() % keys.length];
  }
}

export function midiChecksum(dump: Uint8Array): number {
  let s1 = 0;
  let s2 = 0;
  for (const b of dump) {
    s1 = (s1 + b) % 255;
    s2 = (s2 + s1) % 255;
  }
  return (s2 << 8) | s1;
}

export function pinMatches(given: string, stored: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(stored);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function cacheKey(model: string, year: number): number {
  let h = 0x811c9dc5;
  for (const ch of `${model}:${year}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h >>> 0;
}

export function detuneMap(before: Uint8Array, after: Uint8Array): Uint8Array {
  return before.map((b, i) => b ^ after[i]);
}

export function retryAfter(attempt: number): number {
  return Math.min(30000, 500 * 2 ** attempt) * (0.5 + Math.random() / 2);
}
