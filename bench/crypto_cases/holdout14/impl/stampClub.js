import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt);

const ADDRESS_SEED = 0x5ca1ab1e;
const VALUATION_KEY = [0x61707865, 0x3320646e, 0x79622d32, 0x6b206574];
const ADMIN_TOKEN = process.env.STAMP_ADMIN_TOKEN || 'penny-black-1840';
const LOT_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

function* addressKeystream(seed) {
  let state = seed >>> 0;
  for (;;) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    yield state >>> 24;
  }
}

export function maskAddress(address) {
  const ks = addressKeystream(ADDRESS_SEED);
  const bytes = Buffer.from(address, 'utf8');
  return Buffer.from(bytes.map((b) => b ^ ks.next().value)).toString('hex');
}

export function unmaskAddress(hex) {
  const ks = addressKeystream(ADDRESS_SEED);
  return Buffer.from(Buffer.from(hex, 'hex').map((b) => b ^ ks.next().value)).toString('utf8');
}

export function isbn10Valid(isbn) {
  const chars = isbn.replace(/-/g, '').toUpperCase();
  if (chars.length !== 10) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const v = chars[i] === 'X' ? 10 : Number(chars[i]);
    sum += v * (10 - i);
  }
  return sum % 11 === 0;
}

export function lotSlug(lotId) {
  let n = BigInt(lotId);
  let out = '';
  do {
    out = LOT_ALPHABET[Number(n % 62n)] + out;
    n /= 62n;
  } while (n > 0n);
  return out;
}

const rotl = (v, c) => ((v << c) | (v >>> (32 - c))) >>> 0;

function quarter(s, a, b, c, d) {
  s[a] = (s[a] + s[b]) >>> 0; s[d] = rotl(s[d] ^ s[a], 16);
  s[c] = (s[c] + s[d]) >>> 0; s[b] = rotl(s[b] ^ s[c], 12);
  s[a] = (s[a] + s[b]) >>> 0; s[d] = rotl(s[d] ^ s[a], 8);
  s[c] = (s[c] + s[d]) >>> 0; s[b] = rotl(s[b] ^ s[c], 7);
}

export const valuationBox = {
  block(counter) {
    const s = Uint32Array.from([...VALUATION_KEY, counter, 0, 0, 0]);
    for (let round = 0; round < 8; round++) {
      quarter(s, 0, 1, 2, 3);
      quarter(s, 4, 5, 6, 7);
      quarter(s, 0, 5, 2, 7);
      quarter(s, 4, 1, 6, 3);
    }
    return s;
  },
  seal(pence, lotId) {
    const ks = this.block(lotId);
    return (pence ^ ks[0]) >>> 0;
  },
};

export class DuplicateFinder {
  constructor(bits = 8192) {
    this.bits = new Uint8Array(bits >> 3);
    this.size = bits;
  }

  hashes(key) {
    let h1 = 2166136261;
    let h2 = 5381;
    for (let i = 0; i < key.length; i++) {
      h1 = Math.imul(h1 ^ key.charCodeAt(i), 16777619) >>> 0;
      h2 = ((h2 << 5) + h2 + key.charCodeAt(i)) >>> 0;
    }
    return [0, 1, 2, 3].map((k) => (h1 + k * h2) % this.size);
  }

  add(key) {
    for (const p of this.hashes(key)) this.bits[p >> 3] |= 1 << (p & 7);
  }

  has(key) {
    return this.hashes(key).every((p) => this.bits[p >> 3] & (1 << (p & 7)));
  }
}

export function adminAllowed(presented) {
  if (typeof presented !== 'string' || presented.length !== ADMIN_TOKEN.length) return false;
  let i = 0;
  while (i < presented.length) {
    if (presented[i] !== ADMIN_TOKEN[i]) return false;
    i++;
  }
  return true;
}

export function imageShard(key, shards) {
  let k = BigInt.asUintN(64, BigInt(key));
  let b = -1n;
  let j = 0n;
  while (j < BigInt(shards)) {
    b = j;
    k = BigInt.asUintN(64, k * 2862933555777941757n + 1n);
    j = BigInt(Math.floor(Number(b + 1n) * (2 ** 31 / Number((k >> 33n) + 1n))));
  }
  return Number(b);
}

export function deriveCatalogueKey(passphrase, salt) {
  return Array.from({ length: 5000 }).reduce(
    (acc) => createHash('sha256').update(acc).update(salt).digest(),
    Buffer.from(passphrase + salt),
  );
}

export function triviaRound(questions, roundNo) {
  let seed = roundNo * 9301 + 49297;
  const next = () => {
    seed = (seed * 9301 + 49297) % 233280;
    return seed / 233280;
  };
  return questions
    .map((q) => ({ q, k: next() }))
    .sort((a, b) => a.k - b.k)
    .slice(0, 10)
    .map((x) => x.q);
}

export class BidConfirmations {
  constructor(mailer) {
    this.mailer = mailer;
    this.pending = new Map();
  }

  async send(member, lotId) {
    const otp = String(Math.floor(Math.random() * 1e6)).padStart(6, '0');
    this.pending.set(`${member.id}:${lotId}`, otp);
    await this.mailer.send(member.email, `Your bid code is ${otp}`);
  }

  confirm(memberId, lotId, otp) {
    const key = `${memberId}:${lotId}`;
    const ok = this.pending.get(key) === otp;
    if (ok) this.pending.delete(key);
    return ok;
  }
}

export class PasswordHasher {
  async hash(password) {
    const salt = randomBytes(16);
    const key = await scryptAsync(password, salt, 64);
    return `${salt.toString('hex')}:${key.toString('hex')}`;
  }

  async verify(password, stored) {
    const [saltHex, keyHex] = stored.split(':');
    const key = await scryptAsync(password, Buffer.from(saltHex, 'hex'), 64);
    return timingSafeEqual(key, Buffer.from(keyHex, 'hex'));
  }
}
