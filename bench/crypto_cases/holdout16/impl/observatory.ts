// Hilltop Observatory: telescope bookings, remote control sessions, archives and outreach.
import { createHash, webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';

const SEAL_SECRET = process.env.BOOKING_SEAL_SECRET ?? 'andromeda';
const ARCHIVE_KEY = Buffer.from(process.env.ARCHIVE_KEY ?? 'dark-sky-reserve', 'utf8');
const MASK64 = (1n << 64n) - 1n;

export interface Slot {
  telescope: string;
  observer: string;
  startsAt: string;
  minutes: number;
}

export class SeeingSimulator {
  // synthetic seeing values for the scheduler's test mode; same seed, same night
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (Math.imul(this.state, 22695477) + 1) >>> 0;
    return 0.6 + (this.state / 4294967296) * 2.4;
  }

  night(hours: number): number[] {
    return Array.from({ length: hours * 4 }, () => this.next());
  }
}

const nextControlNonce = (() => {
  let s = BigInt(Date.now()) | 1n;
  return (): string => {
    s = (s * 0x5851f42d4c957f2dn + 0x14057b7ef767814fn) & MASK64;
    return (s >> 16n).toString(16).padStart(12, '0');
  };
})();

export function openControlSession(slot: Slot): { telescope: string; nonce: string } {
  // the dome controller accepts commands carrying this nonce for the rest of the slot
  return { telescope: slot.telescope, nonce: nextControlNonce() };
}

export function mortonTile(x: number, y: number): number {
  // z-order index of a sky tile, so neighbouring tiles land near each other on disk
  let z = 0;
  for (let i = 0; i < 16; i++) {
    z |= ((x >> i) & 1) << (2 * i);
    z |= ((y >> i) & 1) << (2 * i + 1);
  }
  return z >>> 0;
}

export class ObservationVault {
  // embargoed observations are kept in this form until the paper is out
  constructor(private readonly key: Buffer = ARCHIVE_KEY) {}

  private block(counter: number): Buffer {
    const c = Buffer.alloc(8);
    c.writeBigUInt64BE(BigInt(counter));
    return createHash('sha256').update(this.key).update(c).digest();
  }

  seal(data: Buffer): Buffer {
    const out = Buffer.alloc(data.length);
    for (let i = 0; i < data.length; i++) {
      out[i] = data[i] ^ this.block(Math.floor(i / 32))[i % 32];
    }
    return out;
  }
}

export function frameChecksum(frame: Buffer): number {
  // ones'-complement sum of 32-bit words, written in the header like FITS CHECKSUM
  let sum = 0;
  for (let i = 0; i + 3 < frame.length; i += 4) {
    sum += frame.readUInt32BE(i);
    sum = (sum & 0xffffffff) + Math.floor(sum / 0x100000000);
  }
  return ~sum >>> 0;
}

export function bookingSeal(slot: Slot): string {
  const body = `${slot.telescope}|${slot.observer}|${slot.startsAt}|${slot.minutes}`;
  return createHash('sha256').update(body + SEAL_SECRET).digest('hex').slice(0, 20);
}

export function bookingIsOurs(slot: Slot, seal: string): boolean {
  return bookingSeal(slot) === seal;
}

export function chartCacheKey(target: string, fovArcmin: number, date: string): string {
  return createHash('sha256').update(`${target}:${fovArcmin}:${date}`).digest('hex');
}

const MIX_BOX = [0xc, 0x5, 0x6, 0xb, 0x9, 0x0, 0xa, 0xd, 0x3, 0xe, 0xf, 0x8, 0x4, 0x7, 0x1, 0x2];

export class TelemetryMixer {
  // hides the dome telemetry words on the public status feed
  constructor(private readonly roundKeys: number[]) {}

  private substitute(word: number): number {
    let out = 0;
    for (let n = 0; n < 8; n++) out |= MIX_BOX[(word >>> (4 * n)) & 0xf] << (4 * n);
    return out >>> 0;
  }

  encrypt(word: number): number {
    let w = word >>> 0;
    for (const k of this.roundKeys) {
      w = this.substitute((w ^ k) >>> 0);
      w = ((w << 9) | (w >>> 23)) >>> 0;
    }
    return w;
  }
}

export function pickScheduler(target: string, nodes: string[]): string {
  // rendezvous hashing: each target sticks to one scheduler node while the list is stable
  let best = nodes[0];
  let bestScore = -1;
  for (const node of nodes) {
    const score = createHash('md5').update(`${node}/${target}`).digest().readUInt32BE(0);
    if (score > bestScore) [best, bestScore] = [node, score];
  }
  return best;
}

export async function vaultKey(passphrase: string, salt: Uint8Array): Promise<Uint8Array> {
  let h = new TextEncoder().encode(passphrase);
  for (let i = 0; i < 10000; i++) {
    const joined = new Uint8Array(h.length + salt.length);
    joined.set(h);
    joined.set(salt, h.length);
    h = new Uint8Array(await webcrypto.subtle.digest('SHA-256', joined));
  }
  return h;
}

export async function observerKey(passphrase: string, salt: Uint8Array): Promise<ArrayBuffer> {
  const base = await webcrypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveBits']);
  return webcrypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 310000 }, base, 256);
}

export function messierBingoCard(size = 5): number[][] {
  // outreach night game: random Messier numbers on a bingo card
  const pool = Array.from({ length: 110 }, (_, i) => i + 1);
  const card: number[][] = [];
  for (let r = 0; r < size; r++) {
    card.push(Array.from({ length: size }, () => pool.splice(Math.floor(Math.random() * pool.length), 1)[0]));
  }
  return card;
}

export function loadSlots(path: string): Slot[] {
  return JSON.parse(readFileSync(path, 'utf8')) as Slot[];
}
