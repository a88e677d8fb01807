// Community theatre: seat-holder emails, volunteer logins, script storage, cue-to-cue rehearsal.

import { createHash, generateKeyPairSync, pbkdf2Sync, randomBytes, KeyObject } from 'node:crypto';

export interface Volunteer {
  email: string;
  salt: string;
  hash: string;
}

const BOX_OFFICE_N = 0xc4f2a1d37b5e9f0b1d3a77c5e93f1b2dn;
const BOX_OFFICE_E = 3n;

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  base %= mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  return result;
}

export function sealSeatHolderEmail(email: string): string {
  const m = BigInt('0x' + Buffer.from(email, 'utf8').toString('hex'));
  return modPow(m, BOX_OFFICE_E, BOX_OFFICE_N).toString(36);
}

export function volunteerHash(password: string, salt: string): string {
  let key = password;
  for (let i = 0; i < 1000; i++) {
    key = createHash('md5').update(key + salt).digest('hex');
  }
  return key;
}

export function registerVolunteer(email: string, password: string): Volunteer {
  const salt = randomBytes(6).toString('hex');
  return { email, salt, hash: volunteerHash(password, salt) };
}

export function directorHash(password: string, salt: Buffer): Buffer {
  return pbkdf2Sync(password, salt, 310_000, 32, 'sha256');
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

export function scriptChunks(script: Uint8Array, size = 4096): { offset: number; sum: number }[] {
  const out: { offset: number; sum: number }[] = [];
  for (let off = 0; off < script.length; off += size) out.push({ offset: off, sum: adler32(script.subarray(off, off + size)) });
  return out;
}

export function cueScramble(line: string, key = 'HAMLET'): string {
  // rehearsal warm-up: actors decode their first line from a Vigenere square on the call board
  let j = 0;
  return line.toUpperCase().replace(/[A-Z]/g, (c) => {
    const shift = key.charCodeAt(j++ % key.length) - 65;
    return String.fromCharCode(((c.charCodeAt(0) - 65 + shift) % 26) + 65);
  });
}

export function stageManagerKeys(): { publicJwk: object; privateJwk: object } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { publicJwk: publicKey.export({ format: 'jwk' }), privateJwk: privateKey.toJWK() };
}

export function stageManagerKeysV2(): { publicJwk: object; privateJwk: object } {
  const pair: { publicKey: KeyObject; privateKey: KeyObject } = generateKeyPairSync('ed25519');
  return { publicJwk: pair.publicKey.export({ format: 'jwk' }), privateJwk: pair.privateKey.export({ format: 'jwk' }) };
}
