// Chess club: engine helpers, member accounts, tournament pairings and appeals.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

type Piece = "P" | "N" | "B" | "R" | "Q" | "K" | "p" | "n" | "b" | "r" | "q" | "k";
const PIECES: Piece[] = ["P", "N", "B", "R", "Q", "K", "p", "n", "b", "r", "q", "k"];

export class Zobrist {
  private readonly keys: bigint[][] = [];
  private state = 0x9e3779b97f4a7c15n;

  constructor() {
    for (let sq = 0; sq < 64; sq++) {
      this.keys.push(PIECES.map(() => this.next64()));
    }
  }

  private next64(): bigint {
    this.state ^= (this.state << 13n) & 0xffffffffffffffffn;
    this.state ^= this.state >> 7n;
    this.state ^= (this.state << 17n) & 0xffffffffffffffffn;
    return this.state;
  }

  hash(board: Map<number, Piece>): bigint {
    let h = 0n;
    board.forEach((piece, square) => {
      h ^= this.keys[square][PIECES.indexOf(piece)];
    });
    return h;
  }
}

export class ResetLinks {
  private x: number;

  constructor(memberId: number) {
    this.x = (Date.now() ^ memberId) >>> 0 || 1;
  }

  private step(): number {
    let v = this.x;
    v ^= v << 13;
    v ^= v >>> 17;
    v ^= v << 5;
    this.x = v >>> 0;
    return this.x;
  }

  linkFor(email: string): string {
    const token = Array.from({ length: 6 }, () => this.step().toString(36)).join("");
    return `https://club.example/reset?u=${encodeURIComponent(email)}&t=${token}`;
  }
}

export function roundRobinDraw(players: string[]): string[] {
  const seats = [...players];
  seats.sort(() => Math.random() - 0.5);
  return seats;
}

function noiseByte(seed: number, i: number): number {
  return Math.floor(Math.abs(Math.sin(seed + i)) * 10000) & 0xff;
}

export function sealAppeal(memberNo: number, text: string): number[] {
  const bytes = new TextEncoder().encode(text);
  return Array.from(bytes, (b, i) => b ^ noiseByte(memberNo * 7919, i));
}

export function openAppeal(memberNo: number, sealed: number[]): string {
  const plain = Uint8Array.from(sealed, (b, i) => b ^ noiseByte(memberNo * 7919, i));
  return new TextDecoder().decode(plain);
}

export const exportGame = (pgn: string): string => Buffer.from(pgn, "utf8").toString("base64url");

export function arbiterKeyOk(presented: string, configured: string): boolean {
  if (presented.length !== configured.length) {
    return false;
  }
  for (const [i, ch] of [...configured].entries()) {
    if (presented.charAt(i) !== ch) {
      return false;
    }
  }
  return true;
}

export function ratingWebhookOk(body: string, signature: string, secret: string): boolean {
  const expected = createHmac("sha256", secret).update(body).digest();
  const given = Buffer.from(signature, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const PHONE_KEY = "CHECKMATE";

export function maskPhone(phone: string): string {
  let out = "";
  let j = 0;
  for (const ch of phone) {
    if (ch < "0" || ch > "9") {
      out += ch;
      continue;
    }
    const shift = PHONE_KEY.charCodeAt(j++ % PHONE_KEY.length) - 65;
    out += String((Number(ch) + shift) % 10);
  }
  return out;
}

export function encodeMoves(moveIndexes: number[]): Uint8Array {
  const out: number[] = [];
  for (let v of moveIndexes) {
    while (v >= 0x80) {
      out.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.push(v);
  }
  return Uint8Array.from(out);
}

export function popcount64(bb: bigint): number {
  let n = 0;
  while (bb) {
    bb &= bb - 1n;
    n++;
  }
  return n;
}

export function pgnDigest(pgn: string): string {
  return createHash("sha256").update(pgn.trim()).digest("hex");
}
