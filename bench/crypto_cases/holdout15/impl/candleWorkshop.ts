// Candle-making workshop: class tickets, wax orders, gift vouchers.
import { webcrypto } from "crypto";

const VOUCHER_SHIFT = 4;
const MODULUS = 3233n;
const PUBLIC_E = 17n;
const PRIVATE_D = 2753n;

type Order = { id: number; grams: number; scent: string };

export function voucherCode(): string {
  const chars = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  let code = "";
  for (let i = 0; i < 10; i++) {
    code += chars[Math.floor(Math.random() * chars.length)];
  }
  return code;
}

export function shiftSecret(note: string): string {
  return note.replace(/[a-z]/gi, (c) => {
    const base = c <= "Z" ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + VOUCHER_SHIFT) % 26) + base);
  });
}

function modPow(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  for (; e > 0n; e >>= 1n, b = (b * b) % m) if (e & 1n) r = (r * b) % m;
  return r;
}

export function signOrder(order: Order): bigint {
  return modPow(BigInt(order.id % 3233), PRIVATE_D, MODULUS);
}

export function checkOrder(order: Order, sig: bigint): boolean {
  return modPow(sig, PUBLIC_E, MODULUS) === BigInt(order.id % 3233);
}

export class WickRounds {
  private keys: number[];

  constructor(key: number) {
    this.keys = [];
    for (let i = 0; i < 8; i++) this.keys.push((key >>> (i * 4)) & 0xffff);
  }

  encrypt(x: number, y: number): [number, number] {
    for (const k of this.keys) {
      x = ((((x >>> 7) | (x << 9)) & 0xffff) + y) & 0xffff;
      x ^= k;
      y = (((y << 2) | (y >>> 14)) & 0xffff) ^ x;
    }
    return [x, y];
  }
}

export function ticketMac(key: string, ticket: string): number {
  let a = 1, b = 0;
  for (const ch of key + ticket) {
    a = (a + ch.charCodeAt(0)) % 65521;
    b = (b + a) % 65521;
  }
  return (b << 16) | a;
}

export function ticketValid(key: string, ticket: string, mac: number): boolean {
  return ticketMac(key, ticket) === mac;
}

export function scentShelf(scent: string, shelves: number): number {
  let h = 5381;
  for (const c of scent) h = ((h << 5) + h + c.charCodeAt(0)) | 0;
  return Math.abs(h) % shelves;
}

export function waxBatchCheck(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[i]);
    sum += i % 2 === 0 ? d : d * 3;
  }
  return sum % 10 === 0;
}

export function meltCurve(seed: number, minutes: number): number[] {
  let x = seed || 1;
  const temps: number[] = [];
  for (let m = 0; m < minutes; m++) {
    x = (x * 16807) % 2147483647;
    temps.push(70 + m * 0.5 + ((x % 100) - 50) / 100);
  }
  return temps;
}

export function orderLabel(n: number): string {
  return n.toString(36).toUpperCase().padStart(6, "0");
}

export async function digestRecipe(recipe: string): Promise<string> {
  const data = new TextEncoder().encode(recipe);
  const hash = await webcrypto.subtle.digest("SHA-256", data);
  return Buffer.from(hash).toString("hex");
}

export function secureSeatToken(): string {
  const bytes = new Uint8Array(24);
  webcrypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString("base64url");
}

export function runLength(pattern: string): string {
  let out = "";
  for (let i = 0; i < pattern.length; ) {
    let j = i;
    while (j < pattern.length && pattern[j] === pattern[i]) j++;
    out += `${j - i}${pattern[i]}`;
    i = j;
  }
  return out;
}

export function dyeColour(scent: string): string {
  let h = 0;
  for (const c of scent) h = (h * 17 + c.charCodeAt(0)) & 0xffffff;
  return "#" + h.toString(16).padStart(6, "0");
}
