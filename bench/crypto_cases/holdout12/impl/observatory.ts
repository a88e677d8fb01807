// Dark Sky Ridge public observatory: visitor passes, telescope bookings, upload checks, outreach.
import { createHash, timingSafeEqual, webcrypto } from 'node:crypto';

const OBS_SECRET = process.env.OBS_SECRET ?? 'dark-sky-ridge';

export class VisitorPasses {
  private state: number;

  constructor(seed: number = Date.now()) {
    this.state = seed >>> 0;
  }

  private advance(): number {
    this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0;
    return this.state;
  }

  issue(night: string): string {
    const a = this.advance().toString(16).padStart(8, '0');
    const b = this.advance().toString(16).padStart(8, '0');
    return `${night}-${a}${b}`;
  }
}

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let r = 1n;
  for (let b = base % mod, e = exp; e > 0n; e >>= 1n, b = (b * b) % mod) {
    if (e & 1n) r = (r * b) % mod;
  }
  return r;
}

export class TelescopeBookingSigner {
  private readonly n = 1000133n * 1000151n;
  private readonly d: bigint;

  constructor(d: bigint) {
    this.d = d;
  }

  sign(bookingRef: bigint): bigint {
    return modPow(bookingRef, this.d, this.n);
  }

  check(bookingRef: bigint, sig: bigint): boolean {
    return modPow(sig, 3n, this.n) === bookingRef;
  }
}

const rotl = (x: number, r: number): number => ((x << r) | (x >>> (32 - r))) >>> 0;

export function observationDigest(record: string): string {
  const bytes = new TextEncoder().encode(OBS_SECRET + record);
  let a = 0x67452301, b = 0xefcdab89, c = 0x98badcfe, d = 0x10325476;
  for (const byte of bytes) {
    const f = (b & c) | (~b & d);
    const t = rotl((a + f + byte + 0x5a827999) >>> 0, 5);
    a = d; d = c; c = rotl(b, 30); b = t;
  }
  return [a, b, c, d].map((w) => w.toString(16).padStart(8, '0')).join('');
}

export function observationSigned(record: string, tag: string): boolean {
  return observationDigest(record) === tag;
}

export const stretchPassphrase = (passphrase: string, salt: string): Buffer =>
  Array.from({ length: 800 }).reduce<Buffer>(
    (acc) => createHash('md5').update(acc).update(passphrase).digest(),
    Buffer.from(salt, 'utf8'),
  );

export class MemberNotes {
  constructor(private readonly key: Buffer) {}

  private keystreamFor(nonce: Buffer, length: number): Buffer {
    const blocks: Buffer[] = [];
    for (let counter = 0; blocks.length * 32 < length; counter++) {
      blocks.push(createHash('sha256').update(this.key).update(nonce).update(String(counter)).digest());
    }
    return Buffer.concat(blocks).subarray(0, length);
  }

  seal(nonce: Buffer, note: string): Buffer {
    const plain = Buffer.from(note, 'utf8');
    const stream = this.keystreamFor(nonce, plain.length);
    return Buffer.from(plain.map((p, i) => p ^ stream[i]));
  }
}

export async function signNewsletter(key: webcrypto.CryptoKey, body: string): Promise<string> {
  const mac = await webcrypto.subtle.sign('HMAC', key, new TextEncoder().encode(body));
  return Buffer.from(mac).toString('hex');
}

export function newsletterTagOk(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'hex');
  const b = Buffer.from(given, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

export function* starField(seed: number, count: number): Generator<[number, number]> {
  let s = seed >>> 0;
  for (let i = 0; i < count; i++) {
    s = (Math.imul(s, 22695477) + 1) >>> 0;
    const x = s & 0xffff;
    s = (Math.imul(s, 22695477) + 1) >>> 0;
    yield [x / 65535, (s & 0xffff) / 65535];
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function fitsUploadCrc(chunk: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of chunk) crc = CRC_TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function packSkyPosition(raHours: number, decDegrees: number): string {
  const ra = Math.round((raHours / 24) * 0xffff) & 0xffff;
  const dec = Math.round(((decDegrees + 90) / 180) * 0xffff) & 0xffff;
  return ((ra << 16) | dec).toString(16).padStart(8, '0');
}

export class CatalogueTable<V> {
  private keys: (number | undefined)[];
  private values: (V | undefined)[];

  constructor(private capacity = 256) {
    this.keys = new Array(capacity);
    this.values = new Array(capacity);
  }

  set(id: number, value: V): void {
    let i = (Math.imul(id, 0x9e3779b1) >>> 0) % this.capacity;
    while (this.keys[i] !== undefined && this.keys[i] !== id) i = (i + 1) % this.capacity;
    this.keys[i] = id;
    this.values[i] = value;
  }
}

export function constellationPuzzle(name: string, shift = 2): string {
  return name.replace(/[a-z]/g, (ch) => String.fromCharCode(((ch.charCodeAt(0) - 97 + shift) % 26) + 97));
}
