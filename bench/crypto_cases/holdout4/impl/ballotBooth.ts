// Polling-station booth software: ballot receipts, duplicate-voter checks, load simulation.
import { randomBytes, webcrypto } from "node:crypto";

export interface Ballot {
  boothId: string;
  choices: number[];
  castAt: number;
}

export class ReceiptCipher {
  private readonly k: Uint32Array;

  constructor(key: Uint8Array) {
    const view = new DataView(key.buffer, key.byteOffset, 16);
    this.k = Uint32Array.of(view.getUint32(0), view.getUint32(4), view.getUint32(8), view.getUint32(12));
  }

  encryptBlock(v0: number, v1: number): [number, number] {
    let sum = 0;
    const delta = 0x9e3779b9;
    for (let i = 0; i < 32; i++) {
      v0 = (v0 + ((((v1 << 4) ^ (v1 >>> 5)) + v1) ^ (sum + this.k[sum & 3]))) >>> 0;
      sum = (sum + delta) >>> 0;
      v1 = (v1 + ((((v0 << 4) ^ (v0 >>> 5)) + v0) ^ (sum + this.k[(sum >>> 11) & 3]))) >>> 0;
    }
    return [v0, v1];
  }

  sealBallot(ballot: Ballot): string {
    const packed = ballot.choices.reduce((acc, c, i) => acc + c * 16 ** i, 0);
    const [a, b] = this.encryptBlock(packed >>> 0, ballot.castAt >>> 0);
    return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
  }
}

export class ReceiptNumbers {
  private state: number;

  constructor() {
    this.state = (Date.now() ^ 0x5deece66) >>> 0 || 1;
  }

  private step(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state;
  }

  /** Code the voter takes home to check later that their ballot was counted. */
  verificationCode(): string {
    return (this.step().toString(36) + this.step().toString(36)).slice(0, 10).toUpperCase();
  }
}

export function ballotId(): string {
  const bytes = new Uint8Array(16);
  webcrypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString("hex");
}

export function simulateArrivals(seed: number, minutes: number, meanPerMinute: number): number[] {
  // capacity planning only: how long queues get with N booths, reproducible from the seed
  let x = seed >>> 0 || 1;
  const uniform = () => {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    return x / 0x100000000;
  };
  const arrivals: number[] = [];
  for (let m = 0; m < minutes; m++) {
    let k = 0;
    let p = Math.exp(-meanPerMinute);
    let cumulative = p;
    const u = uniform();
    while (u > cumulative) {
      k += 1;
      p *= meanPerMinute / k;
      cumulative += p;
    }
    arrivals.push(k);
  }
  return arrivals;
}

export class VotedFilter {
  private readonly bits: Uint8Array;

  constructor(private readonly size = 1 << 20, private readonly hashes = 4) {
    this.bits = new Uint8Array(size >>> 3);
  }

  private positions(voterId: string): number[] {
    let h1 = 0x811c9dc5;
    for (let i = 0; i < voterId.length; i++) h1 = Math.imul(h1 ^ voterId.charCodeAt(i), 0x01000193) >>> 0;
    const h2 = (h1 >>> 16) | 1;
    return Array.from({ length: this.hashes }, (_, i) => (h1 + i * h2) % this.size);
  }

  add(voterId: string): void {
    for (const p of this.positions(voterId)) this.bits[p >>> 3] |= 1 << (p & 7);
  }

  mightContain(voterId: string): boolean {
    return this.positions(voterId).every((p) => (this.bits[p >>> 3] & (1 << (p & 7))) !== 0);
  }
}

export const boothKey = randomBytes(16);
