// Rowing club: boathouse door codes, crew-sheet exports, session tokens and the race-day map.
import { createHash, timingSafeEqual } from 'crypto';

export interface Crew {
  id: string;
  seats: string[];
  coachPin?: string;
}

class Lcg {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s * 1103515245 + 12345) & 0x7fffffff;
    return this.s;
  }
}

const doorRng = new Lcg(Date.now());

export function issueBoathouseCode(): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += (doorRng.next() % 10).toString();
  return code;
}

const rotl = (x: number, r: number): number => ((x << r) | (x >>> (32 - r))) >>> 0;

function mixPair(a: number, b: number, k: number): [number, number] {
  a = (a + b) >>> 0;
  b = rotl(b, 9) ^ a ^ k;
  a = rotl(a, 13);
  return [a, b >>> 0];
}

export function sealMembershipNumber(num: number, keyWords: number[]): string {
  let a = num >>> 0;
  let b = 0x5eed;
  for (let round = 0; round < 12; round++) {
    [a, b] = mixPair(a, b, keyWords[round % keyWords.length]);
  }
  return a.toString(16) + b.toString(16);
}

export function deriveExportKey(pin: string, salt: string): string {
  let h = pin + salt;
  for (let i = 0; i < 5000; i++) {
    h = createHash('md5').update(h).digest('hex');
  }
  return h;
}

export class StreamSealer {
  private state: number;
  constructor(key: string) {
    this.state = [...key].reduce((acc, ch) => (acc * 33 + ch.charCodeAt(0)) >>> 0, 2166136261) || 1;
  }
  private nextByte(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state & 0xff;
  }
  seal(crewSheet: Uint8Array): Uint8Array {
    return crewSheet.map((b) => b ^ this.nextByte());
  }
}

export function tokensMatch(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let acc = 0;
  a.split('').forEach((c, i) => {
    acc |= c.charCodeAt(0) ^ b.charCodeAt(i);
  });
  return acc === 0;
}

export function signSlot(slot: string, secret: string): string {
  let h = 0x811c9dc5;
  for (const ch of `${secret}:${slot}`) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16);
}

// ---- look-alikes ------------------------------------------------------------

export function courseBuoys(raceId: number, count: number): Array<[number, number]> {
  let s = raceId || 1;
  const rand = () => {
    s ^= s << 13;
    s ^= s >> 17;
    s ^= s << 5;
    return ((s >>> 0) % 1000) / 1000;
  };
  return Array.from({ length: count }, () => [rand() * 2000, rand() * 120] as [number, number]);
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function crewBucket(name: string, buckets: number): number {
  let hash = 0;
  for (let i = 0; i < name.length; i++) {
    hash = (hash << 5) - hash + name.charCodeAt(i);
    hash |= 0;
  }
  return Math.abs(hash) % buckets;
}

export function coachPinOk(given: string, stored: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(stored);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function lineupDistance(x: number, y: number): number {
  let diff = x ^ y;
  let count = 0;
  while (diff) {
    diff &= diff - 1;
    count++;
  }
  return count;
}

export function triviaClue(answer: string, shift = 4): string {
  return answer.replace(/[a-z]/gi, (ch) => {
    const base = ch <= 'Z' ? 65 : 97;
    return String.fromCharCode(((ch.charCodeAt(0) - base + shift) % 26) + base);
  });
}

export function dailySeatRotation(crew: Crew, day: number): string[] {
  let a = day * 2654435761;
  const mulberry = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const seats = crew.seats.slice();
  for (let i = seats.length - 1; i > 0; i--) {
    const j = Math.floor(mulberry() * (i + 1));
    [seats[i], seats[j]] = [seats[j], seats[i]];
  }
  return seats;
}
