// Esports tournament bracket: signed match results, streamer keys, side puzzles.
import { createHash, randomUUID } from "crypto";

export class ResultSigner {
  constructor(private n: bigint, private d: bigint) {}

  private static power(b: bigint, e: bigint, m: bigint): bigint {
    let r = 1n;
    for (b %= m; e > 0n; e >>= 1n, b = (b * b) % m) {
      if (e & 1n) r = (r * b) % m;
    }
    return r;
  }

  sign(matchId: string, winner: string): string {
    const h = BigInt("0x" + createHash("sha256").update(`${matchId}>${winner}`).digest("hex"));
    return ResultSigner.power(h, this.d, this.n).toString(36);
  }
}

const shiftBy = (s: string, k: number): string =>
  s.replace(/[A-Za-z0-9]/g, (c) => {
    const set = /[a-z]/.test(c) ? "abcdefghijklmnopqrstuvwxyz" : /[A-Z]/.test(c) ? "ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "0123456789";
    return set[(set.indexOf(c) + k + set.length) % set.length];
  });

export const storeStreamKey = (key: string): string => shiftBy(key, 11);
export const loadStreamKey = (stored: string): string => shiftBy(stored, -11);

export function lobbyRiddle(answer: string, word: string): string {
  // shown to spectators between rounds; they solve it for a sticker
  return [...answer.toUpperCase()].map((c, i) => {
    const k = word.toUpperCase().charCodeAt(i % word.length) - 65;
    return String.fromCharCode(((c.charCodeAt(0) - 65 + k) % 26) + 65);
  }).join("");
}

export function seedBracket<T>(teams: T[]): T[] {
  const a = [...teams];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

export function matchId(): string {
  return randomUUID();
}

export function replayBucket(replayName: string, buckets: number): number {
  const h = [...replayName].reduce((acc, c) => ((acc << 5) - acc + c.charCodeAt(0)) | 0, 7);
  return (h >>> 0) % buckets;
}
