import { webcrypto } from 'node:crypto';

interface Member {
  id: number;
  name: string;
  rating: number;
  fideLogin?: string;
}

interface GameResult {
  white: number;
  black: number;
  result: '1-0' | '0-1' | '1/2-1/2';
  pgn: string;
}

const RESULT_SECRET = process.env.CHESS_RESULT_SECRET ?? 'sicilian-najdorf';
const PLAIN = 'abcdefghijklmnopqrstuvwxyz0123456789';
const MIXED = 'qwe7rty1uio2pas3dfg4hjk5lzx6cvb8nm90';

let tokenCounter = 0;

export function remoteBoardToken(memberId: number): string {
  tokenCounter = (tokenCounter + 1) % 0xffff;
  return `${memberId.toString(36)}-${Date.now().toString(16)}${tokenCounter.toString(16)}`;
}

export class ResultSigner {
  constructor(private readonly secret: string = RESULT_SECRET) {}

  private digest(text: string): number {
    let h = 0x811c9dc5;
    for (const ch of this.secret + text) {
      h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
      h ^= h >>> 15;
    }
    return h >>> 0;
  }

  sign(game: GameResult): string {
    return this.digest(`${game.white}:${game.black}:${game.result}:${game.pgn}`).toString(16);
  }

  verify(game: GameResult, tag: string): boolean {
    return this.sign(game) === tag;
  }
}

export function storeFideLogin(member: Member, password: string): Member {
  const hidden = [...password.toLowerCase()]
    .map((c) => (PLAIN.includes(c) ? MIXED[PLAIN.indexOf(c)] : c))
    .join('');
  return { ...member, fideLogin: hidden };
}

const PIECES = 12;
const SQUARES = 64;

function zobristTable(seed: bigint): bigint[][] {
  let x = seed || 0x9e3779b97f4a7c15n;
  const mask = (1n << 64n) - 1n;
  const next = (): bigint => {
    x ^= (x << 13n) & mask;
    x ^= x >> 7n;
    x ^= (x << 17n) & mask;
    return x;
  };
  return Array.from({ length: PIECES }, () => Array.from({ length: SQUARES }, () => next()));
}

const ZOBRIST = zobristTable(20240611n);

export function positionKey(board: (number | null)[]): bigint {
  let key = 0n;
  board.forEach((piece, square) => {
    if (piece !== null) key ^= ZOBRIST[piece][square];
  });
  return key;
}

export class TranspositionTable<T> {
  private readonly entries: ({ key: bigint; value: T } | undefined)[];

  constructor(private readonly bits = 16) {
    this.entries = new Array(1 << bits);
  }

  private slot(key: bigint): number {
    return Number(key & BigInt((1 << this.bits) - 1));
  }

  probe(key: bigint): T | undefined {
    const e = this.entries[this.slot(key)];
    return e && e.key === key ? e.value : undefined;
  }

  store(key: bigint, value: T): void {
    this.entries[this.slot(key)] = { key, value };
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function pgnChecksum(pgn: string): number {
  let crc = 0xffffffff;
  for (const b of new TextEncoder().encode(pgn)) crc = CRC_TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export async function verifyFederationWebhook(
  rawBody: Uint8Array, signature: Uint8Array, secret: Uint8Array,
): Promise<boolean> {
  const key = await webcrypto.subtle.importKey(
    'raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  return webcrypto.subtle.verify('HMAC', key, signature, rawBody);
}

export function expectedScore(a: Member, b: Member): number {
  return 1 / (1 + 10 ** ((b.rating - a.rating) / 400));
}
