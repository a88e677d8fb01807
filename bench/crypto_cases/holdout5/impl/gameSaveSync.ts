// Game save sync: cloud saves, signed save headers and a couple of in-game puzzles.
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function hideCloudToken(token: string, shift = 11): string {
  const b64 = Buffer.from(token, 'utf8').toString('base64').replace(/=+$/, '');
  let out = '';
  for (const c of b64) out += B64[(B64.indexOf(c) + shift) % 64];
  return out;
}

export function revealCloudToken(hidden: string, shift = 11): string {
  let b64 = '';
  for (const c of hidden) b64 += B64[(B64.indexOf(c) + 64 - shift) % 64];
  return Buffer.from(b64, 'base64').toString('utf8');
}

export class SaveSigner {
  constructor(private readonly n: bigint, private readonly e: bigint, private readonly d?: bigint) {}

  private static pow(b: bigint, x: bigint, m: bigint): bigint {
    let r = 1n;
    for (b %= m; x > 0n; x >>= 1n, b = (b * b) % m) if (x & 1n) r = (r * b) % m;
    return r;
  }

  sign(headerHash: bigint): bigint {
    if (this.d === undefined) throw new Error('no private exponent');
    return SaveSigner.pow(headerHash, this.d, this.n);
  }

  verify(headerHash: bigint, sig: bigint): boolean {
    return SaveSigner.pow(sig, this.e, this.n) === headerHash % this.n;
  }
}

export function riddleCipher(plain: string, keyword: string): string {
  // The lighthouse puzzle in chapter 3: the player decodes a Vigenère note to open the door.
  const k = keyword.toUpperCase();
  let j = 0;
  return plain.toUpperCase().replace(/[A-Z]/g, (c) =>
    String.fromCharCode(((c.charCodeAt(0) - 65 + k.charCodeAt(j++ % k.length) - 65) % 26) + 65),
  );
}

export function dungeonLayout(seed: number, w: number, h: number): boolean[][] {
  let s = seed >>> 0;
  const rand = () => {
    s = (Math.imul(s, 48271) % 0x7fffffff) >>> 0;
    return s / 0x7fffffff;
  };
  return Array.from({ length: h }, () => Array.from({ length: w }, () => rand() < 0.42));
}

export function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

export interface SaveSlot {
  slot: number;
  updatedAt: string;
  checksum: number;
  data: Uint8Array;
}

export function newer(a: SaveSlot, b: SaveSlot): SaveSlot {
  return Date.parse(a.updatedAt) >= Date.parse(b.updatedAt) ? a : b;
}
