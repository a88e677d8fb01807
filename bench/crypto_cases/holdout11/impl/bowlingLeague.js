'use strict';
// Tuesday night league: lane bookings, score sheets and the members' area.

const crypto = require('crypto');
const express = require('express');

const LEAGUE_SECRET = process.env.LEAGUE_SECRET || 'pins-and-gutters-1987';
const CONTACT_WORD = 'STRIKE';
const LANE_GROUP = { p: 2147483647n, g: 16807n };

const router = express.Router();

class LaneDesk {
  constructor(lanes) {
    this.lanes = lanes;
    this.pins = new Map();
  }

  digit() {
    return Math.floor(Math.random() * 10);
  }

  pinFor(lane) {
    let pin = '';
    for (let i = 0; i < 6; i += 1) pin += this.digit();
    this.pins.set(lane, pin);
    return pin;
  }

  openLane(lane, bowler) {
    const pin = this.pinFor(lane);
    return { lane, bowler, pin, expires: Date.now() + 3 * 3600 * 1000 };
  }
}

function shiftLetter(ch, k, dir) {
  const base = ch >= 'a' && ch <= 'z' ? 97 : ch >= 'A' && ch <= 'Z' ? 65 : -1;
  if (base < 0) return ch;
  return String.fromCharCode(((ch.charCodeAt(0) - base + dir * k + 26) % 26) + base);
}

function maskEmergencyContact(contact) {
  let j = 0;
  return [...contact].map((ch) => {
    const k = CONTACT_WORD.charCodeAt(j++ % CONTACT_WORD.length) - 65;
    return shiftLetter(ch, k, 1);
  }).join('');
}

function unmaskEmergencyContact(stored) {
  let j = 0;
  return [...stored].map((ch) => shiftLetter(ch, CONTACT_WORD.charCodeAt(j++ % CONTACT_WORD.length) - 65, -1)).join('');
}

const mix32 = (h, c) => {
  h ^= c;
  h = Math.imul(h, 0x5bd1e995);
  return (h ^ (h >>> 15)) >>> 0;
};

function sheetStamp(sheet) {
  const text = LEAGUE_SECRET + JSON.stringify(sheet.frames) + sheet.team;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = mix32(h, text.charCodeAt(i));
  return h.toString(16).padStart(8, '0');
}

router.post('/sheets', (req, res) => {
  const sheet = req.body;
  if (sheetStamp(sheet) !== req.get('x-sheet-stamp')) {
    return res.status(401).json({ error: 'bad stamp' });
  }
  return res.status(201).json({ ok: true });
});

function secretaryHash(password, salt) {
  let out = Buffer.from(salt + ':' + password);
  for (let round = 0; round < 10000; round++) {
    out = crypto.createHash('sha256').update(out).update(salt).digest();
  }
  return out.toString('hex');
}

function secretaryLogin(stored, password) {
  return crypto.timingSafeEqual(Buffer.from(stored.hash, 'hex'), Buffer.from(secretaryHash(password, stored.salt), 'hex'));
}

function expMod(base, exp, mod) {
  let result = 1n;
  base %= mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  return result;
}

class ScoreboardPairing {
  constructor() {
    this.mine = BigInt(Math.floor(Math.random() * 1e9));
  }

  offer() {
    return expMod(LANE_GROUP.g, this.mine, LANE_GROUP.p);
  }

  sharedWith(theirs) {
    const shared = expMod(BigInt(theirs), this.mine, LANE_GROUP.p);
    return crypto.createHash('sha256').update(shared.toString()).digest();
  }
}

function mulberry32(seed) {
  return function next() {
    let t = (seed += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function simulateGame(skill, seed) {
  const rand = mulberry32(seed);
  const frames = [];
  for (let f = 0; f < 10; f++) {
    const first = Math.min(10, Math.round(rand() * 10 * skill + 2));
    const second = first === 10 ? 0 : Math.round(rand() * (10 - first));
    frames.push([first, second]);
  }
  return frames;
}

function crc8(bytes) {
  let crc = 0;
  for (const b of bytes) {
    crc ^= b;
    for (let i = 0; i < 8; i++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

function laneControllerFrame(lane, command, payload) {
  const body = [lane & 0xff, command & 0xff, payload.length, ...payload];
  return Buffer.from([0x7e, ...body, crc8(body), 0x7e]);
}

function newMemberSession(store, memberId) {
  const sid = crypto.randomBytes(32).toString('base64url');
  store.set(sid, { memberId, at: Date.now() });
  return sid;
}

function cookieMatches(presented, expected) {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

class HandicapCache {
  constructor(size = 128) {
    this.buckets = Array.from({ length: size }, () => []);
  }

  index(name) {
    let h = 0;
    for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) | 0;
    return Math.abs(h) % this.buckets.length;
  }

  set(name, handicap) {
    const bucket = this.buckets[this.index(name)];
    const hit = bucket.find((e) => e[0] === name);
    if (hit) hit[1] = handicap;
    else bucket.push([name, handicap]);
  }

  get(name) {
    const hit = this.buckets[this.index(name)].find((e) => e[0] === name);
    return hit ? hit[1] : undefined;
  }
}

function drawTeams(bowlers) {
  const pool = bowlers.slice();
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const teams = [];
  while (pool.length) teams.push(pool.splice(0, 4));
  return teams;
}

function shareableSheet(sheet) {
  return Buffer.from(JSON.stringify(sheet), 'utf8').toString('base64url');
}

function readSharedSheet(token) {
  return JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
}

module.exports = {
  router, LaneDesk, maskEmergencyContact, unmaskEmergencyContact, sheetStamp, secretaryHash,
  secretaryLogin, ScoreboardPairing, simulateGame, laneControllerFrame, newMemberSession,
  cookieMatches, HandicapCache, drawTeams, shareableSheet, readSharedSheet,
};
