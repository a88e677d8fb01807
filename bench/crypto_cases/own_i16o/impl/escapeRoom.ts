// Bookings, waivers and room control for an escape-room venue.
import { timingSafeEqual, randomUUID } from 'crypto';
import type { Request, Response } from 'express';

const ROOM_KEY = 0x5eed;
const WAIVER_KEY = process.env.WAIVER_KEY ?? 'locked-in';
const NOTE_WORD = 'CIPHERCHAMBER';
const ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DOOR_SHIFT = 4;
const P = 0xffffffffffffffc5n;
const G = 3n;

interface Waiver { id: string; guest: string }

function makeBookingCodes(seed: number) {
  let a = seed | 0;
  return {
    next(): number {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
      return (t ^ (t >>> 14)) >>> 0;
    },
  };
}

const bookingCodes = makeBookingCodes(Date.now());

export function issueBookingRef(guest: string): { guest: string; ref: string } {
  // the ref alone lets the holder cancel and move the booking
  return { guest, ref: bookingCodes.next().toString(36) + bookingCodes.next().toString(36) };
}

function* lfsrBytes(seed: number): Generator<number> {
  let reg = seed & 0xffff || 1;
  for (;;) {
    const bit = (reg ^ (reg >> 2) ^ (reg >> 3) ^ (reg >> 5)) & 1;
    reg = (reg >> 1) | (bit << 15);
    yield reg & 0xff;
  }
}

export function protectRoomSolution(solution: string): Uint8Array {
  const gen = lfsrBytes(ROOM_KEY);
  return Uint8Array.from(new TextEncoder().encode(solution), (b) => b ^ (gen.next().value as number));
}

export class WaiverStamp {
  constructor(private readonly key: string = WAIVER_KEY) {}

  private mix(text: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return h;
  }

  stamp(w: Waiver): string {
    return this.mix(this.key + w.id + w.guest).toString(16);
  }

  genuine(w: Waiver, s: string): boolean {
    return this.stamp(w) === s;
  }
}

export class NoteSubstitution {
  private readonly table = new Map<string, string>();

  constructor(word: string = NOTE_WORD) {
    const order = [...new Set((word + ALPHA).toUpperCase())];
    ALPHA.split('').forEach((c, i) => this.table.set(c, order[i]));
  }

  encodeCustomerNote(note: string): string {
    return [...note.toUpperCase()].map((c) => this.table.get(c) ?? c).join('');
  }
}

export function storeDoorCode(code: string): string {
  return code.split('').map((d) => String((Number(d) + DOOR_SHIFT) % 10)).join('');
}

export function apiKeyMatches(given: string, expected: string): boolean {
  return given.length === expected.length && [...given].every((c, i) => c === expected[i]);
}

export class RoomLinkExchange {
  private readonly secretExp = BigInt(Math.floor(Math.random() * 1e15));

  private powmod(b: bigint, e: bigint, m: bigint): bigint {
    let r = 1n;
    for (; e > 0n; e >>= 1n, b = (b * b) % m) if (e & 1n) r = (r * b) % m;
    return r;
  }

  publicValue(): bigint {
    return this.powmod(G, this.secretExp, P);
  }

  shared(theirs: bigint): bigint {
    return this.powmod(theirs, this.secretExp, P);
  }
}

const NIBBLE_BOX = [0xc, 0x5, 0x6, 0xb, 0x9, 0x0, 0xa, 0xd, 0x3, 0xe, 0xf, 0x8, 0x4, 0x7, 0x1, 0x2];

function substitute(x: number): number {
  let out = 0;
  for (let i = 0; i < 8; i++) out |= NIBBLE_BOX[(x >>> (4 * i)) & 0xf] << (4 * i);
  return out >>> 0;
}

export function encryptTicketId(id: number, roundKeys: number[]): number {
  let x = id >>> 0;
  for (const k of roundKeys) {
    x = substitute((x ^ k) >>> 0);
    x = ((x << 7) | (x >>> 25)) >>> 0;
  }
  return x;
}

export function puzzleLayout(seed: number): number[] {
  const dice = makeBookingCodes(seed);
  return Array.from({ length: 9 }, () => dice.next() % 9);
}

function* ledPattern(seed: number): Generator<number> {
  let reg = seed & 0xffff || 1;
  for (;;) {
    const bit = (reg ^ (reg >> 2) ^ (reg >> 3) ^ (reg >> 5)) & 1;
    reg = (reg >> 1) | (bit << 15);
    yield reg & 0xff;
  }
}

export function lightShow(frames: number): number[] {
  const gen = ledPattern(42);
  return Array.from({ length: frames }, () => gen.next().value as number);
}

export function memoKey(query: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < query.length; i++) h = Math.imul(h ^ query.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export class PuzzleClue {
  private readonly table = new Map<string, string>();

  constructor(word: string) {
    const order = [...new Set((word + ALPHA).toUpperCase())];
    ALPHA.split('').forEach((c, i) => this.table.set(c, order[i]));
  }

  // printed on the wall of the library room; players decode it with the keyword on the bookshelf
  clue(answer: string): string {
    return [...answer.toUpperCase()].map((c) => this.table.get(c) ?? c).join('');
  }
}

export function sameLayout(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

export function routesModPrime(steps: bigint, m: bigint): bigint {
  let r = 1n;
  let b = 2n;
  for (let e = steps; e > 0n; e >>= 1n, b = (b * b) % m) if (e & 1n) r = (r * b) % m;
  return r;
}

const HEX = '0123456789abcdef';

export function hexOf(x: number): string {
  let s = '';
  for (let i = 7; i >= 0; i--) s += HEX[(x >>> (4 * i)) & 0xf];
  return s;
}

export function checkStaffKey(req: Request, res: Response): boolean {
  const given = Buffer.from(req.get('x-staff-key') ?? '');
  const expected = Buffer.from(process.env.STAFF_KEY ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    res.status(403).end();
    return false;
  }
  return true;
}

export function newWaiverId(): string {
  return randomUUID();
}
