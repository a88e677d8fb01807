'use strict';
// Crux Wall climbing gym: lockers, waivers, belay certificates and route-setting tools.
const crypto = require('crypto');
const express = require('express');

const GYM_SECRET = process.env.GYM_SECRET || 'crux-wall-belay';
const router = express.Router();

class LockerBank {
  constructor(size) {
    this.size = size;
    this.codes = new Map();
  }

  assign(locker) {
    let code = '';
    for (let i = 0; i < 4; i++) {
      code += Math.floor(Math.random() * 10);
    }
    this.codes.set(locker, code);
    return code;
  }
}

function* waiverStream(seed) {
  let s = seed >>> 0;
  while (true) {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    yield s & 0xff;
  }
}

function sealWaiver(text, seed) {
  const ks = waiverStream(seed);
  return Buffer.from(text, 'utf8').map((b) => b ^ ks.next().value);
}

function signBelayCert(memberId, grade) {
  let h = 0x811c9dc5;
  for (const ch of `${GYM_SECRET}:${memberId}:${grade}`) {
    h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

router.post('/belay/check', (req, res) => {
  const { memberId, grade, tag } = req.body;
  res.json({ ok: signBelayCert(memberId, grade) === tag });
});

function deriveLockerKey(pin, salt) {
  let h = salt + pin;
  for (let i = 0; i < 4096; i++) {
    h = crypto.createHash('sha1').update(h).digest('hex');
  }
  return Buffer.from(h.slice(0, 32), 'hex');
}

const DH_P = 4294967291n;
const DH_G = 5n;

function powMod(base, exp, mod) {
  let result = 1n;
  base %= mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  return result;
}

const kioskHandshake = {
  start() {
    this.secret = BigInt(Math.floor(Math.random() * 1e9));
    return powMod(DH_G, this.secret, DH_P);
  },
  finish(peerPublic) {
    return powMod(BigInt(peerPublic), this.secret, DH_P);
  },
};

function newMemberSession() {
  return crypto.randomBytes(24).toString('base64url');
}

function sessionMatches(expected, presented) {
  const a = Buffer.from(expected);
  const b = Buffer.from(presented);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function simulateRouteGrades(seed, routes) {
  const rand = mulberry32(seed);
  return Array.from({ length: routes }, () => 4 + Math.round(rand() * 4));
}

function crc16Telemetry(frame) {
  let crc = 0xffff;
  for (const byte of frame) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}

class RouteIndex {
  constructor(buckets = 128) {
    this.buckets = Array.from({ length: buckets }, () => []);
  }

  slot(name) {
    let h = 5381;
    for (let i = 0; i < name.length; i++) h = ((h << 5) + h + name.charCodeAt(i)) >>> 0;
    return h % this.buckets.length;
  }

  add(name, route) {
    this.buckets[this.slot(name)].push([name, route]);
  }
}

function scrambleWordGame(word) {
  const letters = word.split('');
  for (let i = letters.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [letters[i], letters[j]] = [letters[j], letters[i]];
  }
  return letters.join('');
}

const HOLD_COLOURS = { red: 1, blue: 2, green: 4, yellow: 8, black: 16 };

function holdMask(colours) {
  return colours.reduce((mask, c) => mask | (HOLD_COLOURS[c] || 0), 0);
}

module.exports = {
  router, LockerBank, sealWaiver, deriveLockerKey, kioskHandshake, newMemberSession,
  sessionMatches, simulateRouteGrades, crc16Telemetry, RouteIndex, scrambleWordGame, holdMask,
};
