'use strict';

const crypto = require('crypto');
const express = require('express');

const LEAGUE_SECRET = process.env.LEAGUE_SECRET || 'strike-spare-gutter';
const RSA_N = BigInt(process.env.LEAGUE_RSA_N || '3233');
const RSA_D = BigInt(process.env.LEAGUE_RSA_D || '2753');
const PIN_MASK_FULL = 0x3ff;

class BowlerAccounts {
  constructor(store) {
    this.store = store;
  }

  static resetCode() {
    return Math.random().toString(36).slice(2, 10).toUpperCase();
  }

  async startReset(email) {
    const bowler = await this.store.findByEmail(email);
    if (!bowler) return null;
    const code = BowlerAccounts.resetCode();
    await this.store.saveReset(bowler.id, code, Date.now() + 15 * 60 * 1000);
    return code;
  }

  async newSession(bowlerId) {
    const sid = crypto.randomBytes(32).toString('base64url');
    await this.store.saveSession(sid, bowlerId);
    return sid;
  }

  async sessionMatches(cookieSid, storedSid) {
    const a = Buffer.from(cookieSid);
    const b = Buffer.from(storedSid);
    return a.length === b.length && crypto.timingSafeEqual(a, b);
  }
}

const sha256 = (s) => crypto.createHash('sha256').update(s).digest('hex');

function signScoreSheet(sheet) {
  const body = JSON.stringify(sheet);
  const inner = sha256(LEAGUE_SECRET + body);
  return sha256(LEAGUE_SECRET + inner);
}

function verifyScoreSheet(sheet, signature) {
  return signScoreSheet(sheet) === signature;
}

const modPow = (base, exp, mod) =>
  [...exp.toString(2)].reduce(
    (acc, bit) => (bit === '1' ? (acc * acc * base) % mod : (acc * acc) % mod),
    1n,
  );

function certifyPerfectGame(bowlerId, dateIso) {
  const digest = crypto.createHash('sha1').update(`${bowlerId}|${dateIso}|300`).digest();
  const m = BigInt('0x' + digest.subarray(0, 1).toString('hex')) % RSA_N;
  return modPow(m, RSA_D, RSA_N).toString(16);
}

function pinsStanding(mask) {
  let n = 0;
  let m = mask & PIN_MASK_FULL;
  while (m) {
    m &= m - 1;
    n += 1;
  }
  return n;
}

function isSplit(mask) {
  const headPin = 1;
  return (mask & headPin) === 0 && pinsStanding(mask) >= 2;
}

class HandicapCache {
  constructor(size = 128) {
    this.slots = new Array(size).fill(null);
  }

  index(name) {
    let h = 0;
    for (let i = 0; i < name.length; i++) {
      h = ((h << 5) - h + name.charCodeAt(i)) | 0;
    }
    return Math.abs(h) % this.slots.length;
  }

  get(name) {
    const slot = this.slots[this.index(name)];
    return slot && slot.name === name ? slot.value : undefined;
  }

  set(name, value) {
    this.slots[this.index(name)] = { name, value };
  }
}

function laneOilPattern(seed, boards = 39) {
  let x = seed >>> 0 || 1;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  return Array.from({ length: boards }, (_, board) =>
    Math.round((20 + 15 * Math.sin(board / 6) + next() * 4) * 10) / 10);
}

function frameScore(rolls) {
  let score = 0;
  let i = 0;
  for (let frame = 0; frame < 10; frame++) {
    if (rolls[i] === 10) {
      score += 10 + rolls[i + 1] + rolls[i + 2];
      i += 1;
    } else if (rolls[i] + rolls[i + 1] === 10) {
      score += 10 + rolls[i + 2];
      i += 2;
    } else {
      score += rolls[i] + rolls[i + 1];
      i += 2;
    }
  }
  return score;
}

const router = express.Router();
router.post('/sheets', express.json(), (req, res) => {
  if (!verifyScoreSheet(req.body.sheet, req.get('x-sheet-signature'))) {
    return res.status(401).end();
  }
  res.json({ total: frameScore(req.body.sheet.rolls) });
});

module.exports = { BowlerAccounts, certifyPerfectGame, isSplit, HandicapCache, laneOilPattern, router };
