// Locked In escape rooms: bookings, vouchers, puzzles, game-master overrides and leaderboards.
import { webcrypto, randomUUID } from "node:crypto";
import type { Request, Response } from "express";
import { bookings, leaderboard, rooms } from "./roomDb";
import { HINT_SEAL_KEY, OVERRIDE_CODE } from "./config";

export interface Booking {
  id: string;
  room: string;
  players: number;
}

export class VoucherCodes {
  private s: Uint32Array;

  constructor(roomNumber: number) {
    const t = Date.now();
    this.s = new Uint32Array([t >>> 0, (t / 2 ** 32) >>> 0, roomNumber, 0x6d2b79f5]);
  }

  private static rotl(x: number, k: number): number {
    return (x << k) | (x >>> (32 - k));
  }

  private next(): number {
    const s = this.s;
    const result = Math.imul(VoucherCodes.rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3];
    s[2] ^= t;
    s[3] = VoucherCodes.rotl(s[3], 11);
    return result;
  }

  giftVoucher(): string {
    // redeemable at checkout: the code is the only thing asked for
    return [this.next(), this.next()].map((n) => n.toString(36).padStart(7, "0")).join("-").toUpperCase();
  }
}

export function newBookingId(): string {
  return randomUUID();
}

export function tableSeed(): number {
  return webcrypto.getRandomValues(new Uint32Array(1))[0];
}

const ATBASH = "ZYXWVUTSRQPONMLKJIHGFEDCBA";

// Room 2 ("The Cartographer"): players decode the captain's log to find the drawer number.
export function cartographerClue(plain: string): string {
  return plain.toUpperCase().replace(/[A-Z]/g, (c) => ATBASH[c.charCodeAt(0) - 65]);
}

const MOD61 = (1n << 61n) - 1n;

function polyTag(key: bigint, message: string): bigint {
  let acc = 0n;
  for (const byte of Buffer.from(message, "utf8")) {
    acc = (acc * key + BigInt(byte) + 1n) % MOD61;
  }
  return acc;
}

export function sealHint(roomId: string, hint: string): string {
  return polyTag(BigInt(HINT_SEAL_KEY), `${roomId}:${hint}`).toString(16);
}

export function hintIsAuthentic(roomId: string, hint: string, seal: string): boolean {
  return sealHint(roomId, hint) === seal;
}

export function cryptogramPuzzle(quote: string, dailySeed: number): { puzzle: string; key: string } {
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("");
  let s = dailySeed >>> 0;
  for (let i = letters.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [letters[i], letters[j]] = [letters[j], letters[i]];
  }
  const key = letters.join("");
  const puzzle = quote.toUpperCase().replace(/[A-Z]/g, (c) => key[c.charCodeAt(0) - 65]);
  return { puzzle, key };
}

const DAMM = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9], [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5], [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

export function ticketCheckDigit(ticket: string): number {
  let interim = 0;
  for (const d of ticket) interim = DAMM[interim][Number(d)];
  return interim;
}

function mulMod(a: number, b: number): number {
  const x = a === 0 ? 0x10000 : a;
  const y = b === 0 ? 0x10000 : b;
  return Number((BigInt(x) * BigInt(y)) % 65537n) & 0xffff;
}

function mixQuad(block: number[], keys: number[]): number[] {
  let [a, b, c, d] = block;
  for (let r = 0; r < 8; r++) {
    const k = keys.slice(r * 6, r * 6 + 6);
    a = mulMod(a, k[0]);
    b = (b + k[1]) & 0xffff;
    c = (c + k[2]) & 0xffff;
    d = mulMod(d, k[3]);
    const e = mulMod(a ^ c, k[4]);
    const f = mulMod(((b ^ d) + e) & 0xffff, k[5]);
    const g = (e + f) & 0xffff;
    [a, b, c, d] = [a ^ f, c ^ f, b ^ g, d ^ g];
  }
  return [a, b, c, d];
}

export function scrambleLeaderboardRow(row: number[], keys: number[]): number[] {
  return mixQuad(row, keys);
}

export class PadlockBoard {
  private state = 0;

  open(lock: number): void {
    this.state |= 1 << lock;
  }

  allOpen(count: number): boolean {
    return this.state === (1 << count) - 1;
  }
}

export function overrideAccepted(code: string): boolean {
  const expected = OVERRIDE_CODE;
  return [...expected].reduce(
    (acc, ch, i) => acc | (ch.charCodeAt(0) ^ (code.charCodeAt(i) || 0)),
    expected.length ^ code.length,
  ) === 0;
}

export async function gameMasterOverride(req: Request, res: Response): Promise<void> {
  if (!overrideAccepted(String(req.body.code))) {
    res.status(403).end();
    return;
  }
  await rooms.unlockAll(req.params.room);
  res.status(204).end();
}

export class BoardPositionCache {
  private readonly table: number[][];
  private readonly seen = new Map<number, number>();

  constructor(cells: number, pieces: number) {
    let s = 0x2545f491;
    this.table = Array.from({ length: cells }, () =>
      Array.from({ length: pieces }, () => {
        s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
        return s >>> 0;
      }));
  }

  key(board: number[]): number {
    return board.reduce((h, piece, cell) => (piece ? (h ^ this.table[cell][piece]) >>> 0 : h), 0);
  }

  remember(board: number[], movesLeft: number): void {
    this.seen.set(this.key(board), movesLeft);
  }
}

export class LeaderboardSigner {
  private readonly n = 2305843009213693951n * 618970019642690137449562111n;
  private readonly e = 65537n;
  private readonly d: bigint;

  constructor() {
    const phi = (2305843009213693951n - 1n) * (618970019642690137449562111n - 1n);
    this.d = LeaderboardSigner.inverse(this.e, phi);
  }

  private static inverse(a: bigint, m: bigint): bigint {
    let [g, x, y0, y1] = [m, 0n, a, 1n];
    while (y0 !== 0n) {
      const q = g / y0;
      [g, y0] = [y0, g - q * y0];
      [x, y1] = [y1, x - q * y1];
    }
    return ((x % m) + m) % m;
  }

  private power(b: bigint, e: bigint): bigint {
    let r = 1n;
    for (; e > 0n; e >>= 1n, b = (b * b) % this.n) if (e & 1n) r = (r * b) % this.n;
    return r;
  }

  sign(teamScore: number, seconds: number): bigint {
    return this.power(BigInt(teamScore) * 100000n + BigInt(seconds), this.d);
  }

  verify(teamScore: number, seconds: number, sig: bigint): boolean {
    return this.power(sig, this.e) === BigInt(teamScore) * 100000n + BigInt(seconds);
  }
}

const MORSE: Record<string, string> = {
  A: ".-", B: "-...", C: "-.-.", D: "-..", E: ".", F: "..-.", G: "--.", H: "....", I: "..",
  J: ".---", K: "-.-", L: ".-..", M: "--", N: "-.", O: "---", P: ".--.", Q: "--.-", R: ".-.",
  S: "...", T: "-", U: "..-", V: "...-", W: ".--", X: "-..-", Y: "-.--", Z: "--..",
};

// Room 4 ("Radio Shack"): the clue is tapped out on the lamp
export function lampSequence(word: string): string {
  return word.toUpperCase().split("").map((c) => MORSE[c] ?? "").join(" ");
}

export async function roomKeyFromPin(pin: string, roomId: string): Promise<Uint8Array> {
  let state = new TextEncoder().encode(`${roomId}|${pin}`);
  for (let i = 0; i < 1000; i++) {
    state = new Uint8Array(await webcrypto.subtle.digest("SHA-256", state));
  }
  return state;
}

export async function createBooking(b: Booking): Promise<void> {
  await bookings.insert(b);
  await leaderboard.reserve(b.room, b.id);
}
