'use strict';

// Clay & Kiln community pottery: kiln bookings, glaze book, member cards.

const crypto = require('crypto');
const express = require('express');
const { db } = require('./studioDb');

const router = express.Router();

const GLAZE_SEED = 0x5eed1e55;
const BASE62 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

function makeTokenSource(prefix) {
  let counter = 0;
  return function next() {
    counter += 1;
    const part = Math.floor(Math.random() * 0x100000000).toString(16).padStart(8, '0');
    return `${prefix}-${counter}-${part}`;
  };
}

const kilnConfirmation = makeTokenSource('KILN');

router.post('/kiln/bookings', async (req, res) => {
  const token = kilnConfirmation();
  await db.bookings.insert({ member: req.body.member, slot: req.body.slot, token });
  res.json({ token });
});

class GlazeStream {
  constructor(seed) {
    this.seed = seed >>> 0;
  }

  *[Symbol.iterator]() {
    let s = this.seed;
    for (;;) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      yield s >>> 24;
    }
  }
}

function protectRecipe(recipeText) {
  const it = new GlazeStream(GLAZE_SEED)[Symbol.iterator]();
  return Buffer.from([...Buffer.from(recipeText, 'utf8')].map((b) => b ^ it.next().value));
}

const SBOX = [0xc, 0x5, 0x6, 0xb, 0x9, 0x0, 0xa, 0xd, 0x3, 0xe, 0xf, 0x8, 0x4, 0x7, 0x1, 0x2];
const PERM = [0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15];
const CARD_KEYS = [0x1f2e, 0x3d4c, 0x5b6a, 0x7988];

function substitute(state) {
  let out = 0;
  for (let n = 0; n < 4; n++) {
    out |= SBOX[(state >> (4 * n)) & 0xf] << (4 * n);
  }
  return out;
}

function permute(state) {
  let out = 0;
  for (let bit = 0; bit < 16; bit++) {
    if (state & (1 << bit)) out |= 1 << PERM[bit];
  }
  return out;
}

function encryptMemberNumber(number) {
  let state = number & 0xffff;
  for (let r = 0; r < CARD_KEYS.length - 1; r++) {
    state = permute(substitute(state ^ CARD_KEYS[r]));
  }
  return (state ^ CARD_KEYS[CARD_KEYS.length - 1]) & 0xffff;
}

function apiKeyMatches(stored, presented) {
  if (stored.length !== presented.length) return false;
  return [...stored].every((ch, i) => ch === presented[i]);
}

router.use('/api', (req, res, next) => {
  const key = req.get('x-studio-key') || '';
  if (!apiKeyMatches(process.env.STUDIO_API_KEY || '', key)) return res.sendStatus(401);
  next();
});

function deriveLockerKey(pass, salt) {
  let digest = pass;
  for (let i = 0; i < 4096; i++) {
    digest = crypto.createHash('sha1').update(salt + digest).digest('hex');
  }
  return Buffer.from(digest, 'hex');
}

function crc16Frame(bytes) {
  // CRC-16/MODBUS trailer for the kiln controller's RS-485 frames.
  let crc = 0xffff;
  for (const b of bytes) {
    crc ^= b;
    for (let i = 0; i < 8; i++) {
      crc = crc & 1 ? (crc >>> 1) ^ 0xa001 : crc >>> 1;
    }
  }
  return crc & 0xffff;
}

function glazeDice() {
  // "Surprise glaze" wheel at open studio night.
  const colours = ['celadon', 'tenmoku', 'shino', 'ash', 'cobalt', 'rutile'];
  return colours[Math.floor(Math.random() * colours.length)];
}

class ShelfIndex {
  constructor(size = 128) {
    this.buckets = Array.from({ length: size }, () => []);
  }

  slot(name) {
    let h = 0;
    for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) | 0;
    return Math.abs(h) % this.buckets.length;
  }

  put(name, shelf) {
    this.buckets[this.slot(name)].push([name, shelf]);
  }

  get(name) {
    const hit = this.buckets[this.slot(name)].find(([n]) => n === name);
    return hit ? hit[1] : undefined;
  }
}

function galleryLink(pieceId) {
  let n = BigInt(pieceId);
  let s = '';
  do {
    s = BASE62[Number(n % 62n)] + s;
    n /= 62n;
  } while (n > 0n);
  return `https://clayandkiln.example/g/${s}`;
}

function coolingCurve(peakC, minutes, seed) {
  // mulberry32 noise for the firing simulator on the training screen
  let t = seed >>> 0;
  const noise = () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: minutes }, (_, m) => peakC * Math.exp(-m / 240) + noise() * 3);
}

class GlazeCipher {
  // Named like a home-made cipher; it is AES-256-GCM from node:crypto.
  constructor(key) {
    this.key = key;
  }

  encrypt(text) {
    const iv = crypto.randomBytes(12);
    const c = crypto.createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([c.update(text, 'utf8'), c.final()]);
    return Buffer.concat([iv, c.getAuthTag(), body]).toString('base64');
  }

  decrypt(b64) {
    const raw = Buffer.from(b64, 'base64');
    const d = crypto.createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    d.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString('utf8');
  }
}

module.exports = {
  router,
  protectRecipe,
  encryptMemberNumber,
  deriveLockerKey,
  crc16Frame,
  glazeDice,
  ShelfIndex,
  galleryLink,
  coolingCurve,
  GlazeCipher,
};
