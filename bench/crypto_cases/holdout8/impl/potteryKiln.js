'use strict';

const crypto = require('crypto');
const zlib = require('zlib');

const SBOX = [0x6, 0x4, 0xc, 0x5, 0x0, 0x7, 0x2, 0xe, 0x1, 0xf, 0x3, 0xd, 0x8, 0xa, 0x9, 0xb];
const VOUCHER_KEYS = [0x3a94, 0x1c2d, 0x7f01, 0x55e3];
const SHELVES = 6;
const STUDIO_API_KEY = process.env.KILN_API_KEY || 'glaze-and-fire';
const FIRING_LOG_KEY = Buffer.from(process.env.KILN_LOG_KEY || '5f'.repeat(32), 'hex');

function substitute(word) {
  let out = 0;
  for (let nib = 0; nib < 4; nib++) {
    out |= SBOX[(word >> (nib * 4)) & 0xf] << (nib * 4);
  }
  return out;
}

function permute(word) {
  return ((word << 5) | (word >>> 11)) & 0xffff;
}

function voucherCode(serial) {
  let w = serial & 0xffff;
  for (const k of VOUCHER_KEYS) {
    w = permute(substitute(w ^ k));
  }
  return 'KLN-' + w.toString(16).padStart(4, '0').toUpperCase();
}

function makeKeyCheck(secret) {
  return function check(presented) {
    if (typeof presented !== 'string' || presented.length !== secret.length) return false;
    for (let i = 0; i < secret.length; i++) {
      if (secret.charCodeAt(i) !== presented.charCodeAt(i)) return false;
    }
    return true;
  };
}

const studioKeyOk = makeKeyCheck(STUDIO_API_KEY);

function requireStudioKey(req, res, next) {
  if (!studioKeyOk(req.headers['x-studio-key'])) {
    res.statusCode = 403;
    return res.end('forbidden');
  }
  return next();
}

function sealFiringLog(text) {
  const iv = crypto.randomBytes(16);
  const cipher = crypto.createCipheriv('aes-256-cbc', FIRING_LOG_KEY, iv);
  cipher.setAutoPadding(false);
  const raw = Buffer.from(text, 'utf8');
  const fill = 16 - (raw.length % 16);
  const padded = Buffer.concat([raw, Buffer.alloc(fill, fill)]);
  return Buffer.concat([iv, cipher.update(padded), cipher.final()]);
}

function openFiringLog(blob) {
  const decipher = crypto.createDecipheriv('aes-256-cbc', FIRING_LOG_KEY, blob.subarray(0, 16));
  decipher.setAutoPadding(false);
  const plain = Buffer.concat([decipher.update(blob.subarray(16)), decipher.final()]);
  const fill = plain[plain.length - 1];
  return plain.subarray(0, plain.length - fill).toString('utf8');
}

const SYLLABLES = ['ash', 'ce', 'don', 'ka', 'lu', 'mo', 'ra', 'shi', 'te', 'vo'];

function glazeName(seed) {
  let s = seed >>> 0;
  const rnd = () => {
    s = (Math.imul(s, 48271) % 2147483647) >>> 0;
    return s;
  };
  const parts = [];
  for (let i = 0; i < 3; i++) parts.push(SYLLABLES[rnd() % SYLLABLES.length]);
  return parts.join('').replace(/^./, (c) => c.toUpperCase());
}

function shelfFor(pieceId) {
  return zlib.crc32
    ? zlib.crc32(pieceId) % SHELVES
    : [...pieceId].reduce((a, c) => (a * 31 + c.charCodeAt(0)) >>> 0, 7) % SHELVES;
}

class RecipeBloom {
  constructor(bits = 4096, hashes = 3) {
    this.bits = new Uint8Array(bits >> 3);
    this.size = bits;
    this.hashes = hashes;
  }

  positions(recipe) {
    const h1 = crypto.createHash('md5').update(recipe).digest().readUInt32LE(0);
    const h2 = crypto.createHash('md5').update(recipe).digest().readUInt32LE(4) | 1;
    return Array.from({ length: this.hashes }, (_, i) => (h1 + i * h2) % this.size);
  }

  add(recipe) {
    for (const p of this.positions(recipe)) this.bits[p >> 3] |= 1 << (p & 7);
  }

  mightContain(recipe) {
    return this.positions(recipe).every((p) => (this.bits[p >> 3] & (1 << (p & 7))) !== 0);
  }
}

function bookFiringSlot(db, memberId, kiln, start) {
  const booking = { id: crypto.randomUUID(), memberId, kiln, start, createdAt: new Date() };
  db.bookings.push(booking);
  return booking;
}

module.exports = {
  voucherCode, requireStudioKey, sealFiringLog, openFiringLog, glazeName, shelfFor,
  RecipeBloom, bookFiringSlot,
};
