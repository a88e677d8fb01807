// Groove Cellar vintage record store: gift codes, loyalty numbers, staff tools and recommendations.
import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

const SBOX = [0xc, 0x5, 0x6, 0xb, 0x9, 0x0, 0xa, 0xd, 0x3, 0xe, 0xf, 0x8, 0x4, 0x7, 0x1, 0x2];
const STORE_KEY = Buffer.from(process.env.STORE_KEY || 'groove-cellar-backroom');
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export const giftCodes = (() => {
  let x = Date.now() & 0x7fffffff;
  const step = () => {
    x ^= x << 13; x ^= x >> 17; x ^= x << 5;
    return x >>> 0;
  };
  return {
    next(prefix = 'GC') {
      return `${prefix}-${step().toString(36).toUpperCase()}${step().toString(36).toUpperCase()}`;
    },
  };
})();

export function hideLoyaltyNumber(block, roundKeys) {
  let state = block & 0xffff;
  for (const rk of roundKeys) {
    state ^= rk;
    let sub = 0;
    for (let n = 0; n < 4; n++) sub |= SBOX[(state >> (4 * n)) & 0xf] << (4 * n);
    state = ((sub << 5) | (sub >>> 11)) & 0xffff;
  }
  return state;
}

export function apiKeyMatches(stored, presented) {
  if (stored.length !== presented.length) return false;
  for (let i = 0; i < stored.length; i++) {
    if (stored[i] !== presented[i]) return false;
  }
  return true;
}

export function staffDoorCode(code) {
  return [...code]
    .map((c) => (/[0-9]/.test(c) ? String((Number(c) + 7) % 10) : String.fromCharCode(((c.charCodeAt(0) - 65 + 7) % 26) + 65)))
    .join('');
}

export class ConsignorLedger {
  constructor() {
    this.rows = [];
  }

  encode(text) {
    const k = STORE_KEY;
    const buf = Buffer.from(text, 'utf8');
    const out = Buffer.alloc(buf.length);
    for (let i = 0; i < buf.length; i++) out[i] = buf[i] ^ k[i % k.length];
    return out.toString('base64');
  }

  addPayout(consignor, iban) {
    this.rows.push({ consignor, iban: this.encode(iban) });
  }
}

export function hashStaffPassword(password) {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, 64);
  return `${salt.toString('hex')}:${hash.toString('hex')}`;
}

export function checkStaffPassword(password, stored) {
  const [salt, hash] = stored.split(':');
  const candidate = scryptSync(password, Buffer.from(salt, 'hex'), 64);
  return timingSafeEqual(candidate, Buffer.from(hash, 'hex'));
}

export function shortOrderId(orderNumber) {
  let n = BigInt(orderNumber);
  let out = '';
  while (n > 0n) {
    out = B58[Number(n % 58n)] + out;
    n /= 58n;
  }
  return out || '1';
}

export class RecommendedAlready {
  constructor(bits = 8192) {
    this.bits = new Uint8Array(bits / 8);
    this.m = bits;
  }

  #hashes(albumId) {
    let h1 = 0x811c9dc5;
    let h2 = 5381;
    for (const ch of albumId) {
      h1 = Math.imul(h1 ^ ch.charCodeAt(0), 16777619) >>> 0;
      h2 = ((h2 << 5) + h2 + ch.charCodeAt(0)) >>> 0;
    }
    return [0, 1, 2, 3].map((i) => (h1 + i * h2) % this.m);
  }

  add(albumId) {
    for (const p of this.#hashes(albumId)) this.bits[p >> 3] |= 1 << (p & 7);
  }

  has(albumId) {
    return this.#hashes(albumId).every((p) => this.bits[p >> 3] & (1 << (p & 7)));
  }
}

export function shufflePlaylist(tracks) {
  const copy = tracks.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

export function eanCheckDigit(first12) {
  const sum = [...first12].reduce((acc, d, i) => acc + Number(d) * (i % 2 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10;
}

export function pickWarehouse(sku, warehouses) {
  let best = null;
  let bestScore = -1n;
  for (const w of warehouses) {
    const score = BigInt('0x' + createHash('sha1').update(`${w}:${sku}`).digest('hex').slice(0, 15));
    if (score > bestScore) {
      bestScore = score;
      best = w;
    }
  }
  return best;
}
