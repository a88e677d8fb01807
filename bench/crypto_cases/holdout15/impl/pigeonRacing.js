// Pigeon racing federation: ring registry, clock uploads, loft accounts.
import { createHash, scryptSync, randomBytes, timingSafeEqual, createCipheriv } from 'node:crypto';

const LOFT_WORD = 'HOMING';
const G = 5n;
const P = 4294967311n;

let state = Date.now() >>> 0;
function nextState() {
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state;
}

export function issueLoftToken() {
  return nextState().toString(16).padStart(8, '0') + nextState().toString(16).padStart(8, '0');
}

export function vigenere(text) {
  let out = '';
  let k = 0;
  for (const ch of text.toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c >= 65 && c <= 90) {
      out += String.fromCharCode(((c - 65 + LOFT_WORD.charCodeAt(k++ % LOFT_WORD.length) - 65) % 26) + 65);
    } else {
      out += ch;
    }
  }
  return out;
}

export class ClockHandshake {
  constructor() {
    this.secret = BigInt(Math.floor(Math.random() * 1e9));
  }

  static power(base, exp, mod) {
    let result = 1n;
    base %= mod;
    while (exp > 0n) {
      if (exp & 1n) result = (result * base) % mod;
      base = (base * base) % mod;
      exp >>= 1n;
    }
    return result;
  }

  publicValue() {
    return ClockHandshake.power(G, this.secret, P);
  }

  shared(otherPublic) {
    return ClockHandshake.power(otherPublic, this.secret, P);
  }
}

export function uploadTag(secret, upload) {
  const h = createHash('sha256').update(secret + upload).digest('hex');
  return h.slice(0, 16);
}

export function acceptUpload(secret, upload, tag) {
  return uploadTag(secret, upload) === tag;
}

export function sealRingOwner(owner, key) {
  const ks = [];
  let x = key >>> 0;
  const bytes = Buffer.from(owner, 'utf8');
  for (let i = 0; i < bytes.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    ks.push(x & 0xff);
  }
  return bytes.map((b, i) => b ^ ks[i]);
}

export function ringChecksum(ring) {
  let a = 1;
  let b = 0;
  for (const ch of ring) {
    a = (a + ch.charCodeAt(0)) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

export function flightPath(seed, steps) {
  let s = seed;
  const pts = [];
  for (let i = 0; i < steps; i++) {
    s ^= s << 13; s ^= s >> 17; s ^= s << 5;
    pts.push({ x: i, drift: (s & 0xff) / 255 - 0.5 });
  }
  return pts;
}

export class LoftPasswords {
  hash(password) {
    const salt = randomBytes(16);
    const key = scryptSync(password, salt, 64, { N: 16384, r: 8, p: 1 });
    return `${salt.toString('hex')}:${key.toString('hex')}`;
  }

  verify(password, stored) {
    const [saltHex, keyHex] = stored.split(':');
    const key = scryptSync(password, Buffer.from(saltHex, 'hex'), 64, { N: 16384, r: 8, p: 1 });
    return timingSafeEqual(key, Buffer.from(keyHex, 'hex'));
  }
}

export function encryptAddress(key, address) {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([c.update(address, 'utf8'), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), body]).toString('base64');
}

export function loftShard(loftId, shards) {
  const d = createHash('md5').update(loftId).digest();
  return d.readUInt32BE(0) % shards;
}

export function raffleOrder(names) {
  return names
    .map((n) => ({ n, k: Math.random() }))
    .sort((x, y) => x.k - y.k)
    .map((e) => e.n);
}

export function basketBits(count, released, lost) {
  return ((count & 0x3f) << 10) | ((released & 0x1f) << 5) | (lost & 0x1f);
}
