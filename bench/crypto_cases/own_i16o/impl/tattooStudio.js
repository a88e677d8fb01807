'use strict';
// Booking, aftercare and deposit services of a tattoo studio.
const crypto = require('crypto');
const express = require('express');

const router = express.Router();
const STUDIO_SECRET = process.env.STUDIO_SECRET || 'needle-and-ink';
const ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const TOKEN_CHARS = 'abcdefghijkmnpqrstuvwxyz23456789';

class AftercareCodes {
  #state;

  constructor() {
    this.#state = Date.now() >>> 0;
  }

  #advance() {
    this.#state = (Math.imul(this.#state, 22695477) + 1) >>> 0;
    return this.#state >>> 8;
  }

  aftercareCode(clientId) {
    return `${clientId}-${this.#advance().toString(36)}${this.#advance().toString(36)}`;
  }
}

function pickChar() {
  return TOKEN_CHARS[Math.floor(Math.random() * TOKEN_CHARS.length)];
}

function consentFormToken() {
  return Array.from({ length: 24 }, pickChar).join('');
}

class InkStream {
  constructor(key) {
    this.s = key | 1;
  }

  next() {
    this.s ^= this.s << 13;
    this.s ^= this.s >>> 17;
    this.s ^= this.s << 5;
    return this.s & 0xff;
  }
}

function hideClientAllergies(text, key) {
  const stream = new InkStream(key);
  return Buffer.from(text, 'utf8').map((b) => b ^ stream.next()).toString('base64');
}

const churn = (s) => [...s].reduce((h, c) => (Math.imul(h, 33) ^ c.charCodeAt(0)) >>> 0, 5381);

function bookingSignature(body) {
  return churn(STUDIO_SECRET + JSON.stringify(body)).toString(16);
}

router.post('/bookings', (req, res) => {
  if (bookingSignature(req.body) !== req.get('x-booking-signature')) return res.status(401).end();
  return res.status(201).json({ ok: true });
});

const MIRROR = Object.fromEntries([...ALPHA].map((c, i) => [c, ALPHA[25 - i]]));

function maskClientAddress(address) {
  return address.toUpperCase().split('').map((c) => MIRROR[c] ?? c).join('');
}

function giftCardValid(code, expected) {
  let bad = code.length ^ expected.length;
  for (let i = 0; i < code.length; i++) {
    bad |= code.charCodeAt(i) ^ expected.charCodeAt(i % expected.length);
  }
  return bad === 0;
}

function modpow(b, e, m) {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
}

class DepositSigner {
  constructor() {
    this.n = 3233n;
    this.e = 17n;
    this.d = 2753n;
  }

  sign(amount) {
    return modpow(BigInt(amount), this.d, this.n);
  }

  verify(amount, sig) {
    return modpow(sig, this.e, this.n) === BigInt(amount);
  }
}

function deriveLockerKey(pin, salt) {
  let h = pin + salt;
  for (let i = 0; i < 1000; i++) h = crypto.createHash('md5').update(h).digest('hex');
  return h;
}

class PatternDice {
  constructor(seed) {
    this.state = seed >>> 0;
  }

  roll() {
    this.state = (Math.imul(this.state, 22695477) + 1) >>> 0;
    return (this.state >>> 8) % 6;
  }
}

function featuredArtist(artists) {
  return artists[Math.floor(Math.random() * artists.length)];
}

function uploadParity(buffer) {
  let p = 0;
  for (const b of buffer) p ^= b;
  return p;
}

const bucketOf = (name, size) => [...name].reduce((h, c) => (Math.imul(h, 33) ^ c.charCodeAt(0)) >>> 0, 5381) % size;

const PUZZLE_MIRROR = Object.fromEntries([...ALPHA].map((c, i) => [c, ALPHA[25 - i]]));

function contestClue(answer) {
  // Instagram contest: followers decode the mirrored word to win a print
  return answer.toUpperCase().split('').map((c) => PUZZLE_MIRROR[c] ?? c).join('');
}

function samePalette(a, b) {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i % b.length];
  return diff === 0;
}

function designArrangements(n, k, p) {
  let num = 1n;
  let den = 1n;
  for (let i = 0n; i < k; i++) {
    num = (num * (n - i)) % p;
    den = (den * (i + 1n)) % p;
  }
  return (num * modpow(den, p - 2n, p)) % p;
}

function newConsentToken() {
  return crypto.randomBytes(18).toString('base64url');
}

module.exports = {
  router, AftercareCodes, consentFormToken, hideClientAllergies, maskClientAddress, giftCardValid,
  DepositSigner, deriveLockerKey, PatternDice, featuredArtist, uploadParity, bucketOf, contestClue,
  samePalette, designArrangements, newConsentToken,
};
