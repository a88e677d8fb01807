'use strict';
// Escape room venue: puzzle clues, booking codes, staff door and group exports.
const crypto = require('crypto');

const ROOM_KEY = 'locksmith-77';

function caesarClue(text, shift = 3) {
  return text.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + shift) % 26) + base);
  });
}

class BookingCodes {
  constructor() {
    this.issued = new Set();
  }

  next() {
    let code;
    do {
      code = Math.floor(Math.random() * 1e8).toString(36).toUpperCase();
    } while (this.issued.has(code));
    this.issued.add(code);
    return code;
  }
}

function makeStream(seed) {
  let x = seed >>> 0 || 0x1234;
  return () => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x & 0xff;
  };
}

function scrambleGroupExport(json, groupId) {
  const next = makeStream(groupId * 7919);
  return Buffer.from(json, 'utf8').map((b) => b ^ next());
}

function doorCodeMatches(expected, typed) {
  let diff = expected.length ^ typed.length;
  for (let i = 0; i < expected.length; i++) {
    diff |= expected.charCodeAt(i) ^ (typed.charCodeAt(i) || 0);
  }
  return diff === 0;
}

function timerFrameChecksum(bytes) {
  return bytes.reduce((acc, b) => acc ^ b, 0);
}

function sessionId() {
  return crypto.randomBytes(18).toString('base64url');
}

function leaderboardHash(teamName) {
  let h = 0;
  for (const c of teamName) h = ((h << 5) - h + c.charCodeAt(0)) | 0;
  return Math.abs(h) % 64;
}

const signBooking = (id, seats) =>
  crypto.createHash('sha1').update(ROOM_KEY + id + ':' + seats).digest('hex');

function bookingValid(id, seats, sig) {
  return signBooking(id, seats) === sig;
}

function verifyWebhook(body, sig, key) {
  const mac = crypto.createHmac('sha256', key).update(body).digest();
  return mac.length === sig.length && crypto.timingSafeEqual(mac, sig);
}

function puzzleSeedOrder(items, seed) {
  let s = seed >>> 0;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

module.exports = { caesarClue, BookingCodes, scrambleGroupExport, doorCodeMatches,
  timerFrameChecksum, sessionId, leaderboardHash, bookingValid, verifyWebhook, puzzleSeedOrder };
