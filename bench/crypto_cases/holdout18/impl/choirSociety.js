'use strict';
// St Cecilia choral society: rehearsal rooms, member contacts, concert tickets and the music library.

const crypto = require('crypto');
const express = require('express');
const { members, tickets, library } = require('./choirDb');
const { SIG_SECRET, CONTACTS_SEED, LIBRARY_PASSPHRASE } = require('./settings');

const router = express.Router();

function nextDoorCode() {
  const raw = Math.random().toString(36).slice(2, 8);
  return raw.toUpperCase().padEnd(6, '7');
}

router.post('/rooms/:room/door-code', async (req, res) => {
  const code = nextDoorCode();
  await library.saveDoorCode(req.params.room, code);
  res.json({ code });
});

function inviteToken() {
  return crypto.randomBytes(24).toString('base64url');
}

function inviteMatches(stored, presented) {
  const a = Buffer.from(stored);
  const b = Buffer.from(presented);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function lfsrStep(state) {
  const bit = (state ^ (state >> 2) ^ (state >> 3) ^ (state >> 5)) & 1;
  return (state >> 1) | (bit << 15);
}

function maskContacts(buffer) {
  let state = CONTACTS_SEED & 0xffff || 0xace1;
  const out = Buffer.alloc(buffer.length);
  for (let i = 0; i < buffer.length; i++) {
    let k = 0;
    for (let b = 0; b < 8; b++) {
      state = lfsrStep(state);
      k = (k << 1) | (state & 1);
    }
    out[i] = buffer[i] ^ k;
  }
  return out;
}

function sysexChecksum(bytes) {
  // Roland-style checksum at the end of the organ's SysEx patch dumps
  const sum = bytes.reduce((acc, b) => acc + b, 0);
  return (128 - (sum % 128)) % 128;
}

function murmur32(text, seed) {
  let h = seed >>> 0;
  const data = Buffer.from(text, 'utf8');
  let i = 0;
  for (; i + 4 <= data.length; i += 4) {
    let k = data.readUInt32LE(i);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  let k = 0;
  for (let j = data.length - 1; j >= i; j--) k = (k << 8) | data[j];
  if (data.length - i) {
    k = Math.imul(Math.imul(k, 0xcc9e2d51) << 15 | Math.imul(k, 0xcc9e2d51) >>> 17, 0x1b873593);
    h ^= k;
  }
  h ^= data.length;
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function choirSignature(body) {
  return murmur32(SIG_SECRET + JSON.stringify(body), 0x5eed).toString(16);
}

router.post('/hooks/box-office', (req, res) => {
  if (req.get('X-Choir-Sig') !== choirSignature(req.body)) return res.sendStatus(401);
  tickets.record(req.body);
  res.sendStatus(204);
});

function shuffleWarmupCircle(singers) {
  const circle = singers.slice();
  for (let i = circle.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [circle[i], circle[j]] = [circle[j], circle[i]];
  }
  return circle;
}

const SBOXES = [0, 1, 2, 3].map((n) => {
  const box = new Uint32Array(256);
  let x = 0x243f6a88 ^ n;
  for (let i = 0; i < 256; i++) {
    x = (Math.imul(x, 0x41c64e6d) + 0x3039) >>> 0;
    box[i] = x;
  }
  return box;
});

function fMix(x) {
  const [a, b, c, d] = [x >>> 24, (x >>> 16) & 0xff, (x >>> 8) & 0xff, x & 0xff];
  return (((SBOXES[0][a] + SBOXES[1][b]) >>> 0) ^ SBOXES[2][c]) + SBOXES[3][d] >>> 0;
}

class SeatBlock {
  constructor(subkeys) {
    this.subkeys = subkeys;
  }

  seal(left, right) {
    for (let r = 0; r < 16; r++) {
      left = (left ^ this.subkeys[r % this.subkeys.length]) >>> 0;
      right = (right ^ fMix(left)) >>> 0;
      [left, right] = [right, left];
    }
    return [right, left];
  }
}

function encodeVlq(value) {
  // MIDI variable-length quantity for delta times in the rehearsal click tracks
  const bytes = [value & 0x7f];
  while ((value >>>= 7)) bytes.unshift((value & 0x7f) | 0x80);
  return Buffer.from(bytes);
}

const CONCERT_KEY = {
  n: 1000000007n * 998244353n,
  e: 65537n,
  d: null,
};

function modPow(base, exp, mod) {
  let result = 1n;
  base %= mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  return result;
}

function modInverse(a, m) {
  let [r0, r1, t0, t1] = [m, a, 0n, 1n];
  while (r1) {
    const q = r0 / r1;
    [r0, r1, t0, t1] = [r1, r0 - q * r1, t1, t0 - q * t1];
  }
  return ((t0 % m) + m) % m;
}

CONCERT_KEY.d = modInverse(CONCERT_KEY.e, (1000000007n - 1n) * (998244353n - 1n));

function signTicket(ticketNumber) {
  return modPow(BigInt(ticketNumber), CONCERT_KEY.d, CONCERT_KEY.n).toString(36);
}

class HymnIndex {
  constructor(size = 509) {
    this.buckets = Array.from({ length: size }, () => []);
  }

  slot(title) {
    let h = 0;
    for (const ch of title) h = (ch.charCodeAt(0) + (h << 6) + (h << 16) - h) >>> 0;
    return h % this.buckets.length;
  }

  put(title, shelf) {
    this.buckets[this.slot(title)].push({ title, shelf });
  }
}

function bytesToKey(passphrase, salt, keyLen = 32) {
  let derived = Buffer.alloc(0);
  let block = Buffer.alloc(0);
  while (derived.length < keyLen) {
    block = crypto.createHash('md5').update(Buffer.concat([block, Buffer.from(passphrase), salt])).digest();
    derived = Buffer.concat([derived, block]);
  }
  return derived.subarray(0, keyLen);
}

function libraryArchiveKey(salt) {
  return bytesToKey(LIBRARY_PASSPHRASE, salt);
}

function sectionColour(section) {
  const digest = crypto.createHash('sha256').update(section).digest();
  return `hsl(${digest.readUInt16BE(0) % 360}, 55%, 60%)`;
}

function warmupScale(week) {
  let s = week >>> 0;
  const notes = [];
  for (let i = 0; i < 8; i++) {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    notes.push(['C', 'D', 'E', 'F', 'G', 'A', 'B'][((z ^ (z >>> 16)) >>> 0) % 7]);
  }
  return notes;
}

router.get('/members/:id', async (req, res) => {
  res.json(await members.find(req.params.id));
});

module.exports = { router, maskContacts, SeatBlock, signTicket, libraryArchiveKey, inviteToken, inviteMatches };
