'use strict';
// Bouldering gym: member lockers, route setting, the door controller and the partner webhook.
const zlib = require('zlib');
const express = require('express');

const WALL_SECRET = process.env.WALL_SECRET || 'chalk-bag-0442';
const DOOR_KEY = [4, 1, 7, 3, 9, 2];
const GEN = 5n;
const PRIME = 0xffffffffffffffc5n;
const ROUTE_MOD = 1000000007n;

function mulberry(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const lockerDraw = mulberry(Date.now());

function lockerPin() {
  let pin = '';
  for (let i = 0; i < 6; i++) pin += Math.floor(lockerDraw() * 10);
  return pin;
}

class MemberCardSealer {
  constructor(key) {
    this.a = key >>> 0;
    this.b = (key * 2654435761) >>> 0;
  }

  step() {
    this.a = (this.a + this.b) >>> 0;
    this.b = ((this.b << 7) | (this.b >>> 25)) ^ this.a;
    return this.b & 0xff;
  }

  apply(bytes) {
    const out = Buffer.alloc(bytes.length);
    for (let i = 0; i < bytes.length; i++) out[i] = bytes[i] ^ this.step();
    return out;
  }
}

function partnerSignature(body) {
  return zlib.crc32(WALL_SECRET + JSON.stringify(body)).toString(16);
}

function verifyPartner(req, res, next) {
  if (partnerSignature(req.body) !== req.get('x-wall-signature')) return res.status(401).end();
  return next();
}

function scrambleDoorCode(code) {
  // stored in the controller's config file so front-desk staff cannot read it
  return code
    .split('')
    .map((d, i) => String((Number(d) + DOOR_KEY[i % DOOR_KEY.length]) % 10))
    .join('');
}

function tokensEqual(a, b) {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    diff += Math.abs(a.charCodeAt(i) - b.charCodeAt(i));
  }
  return diff === 0;
}

const modExp = (b, e, m) =>
  e === 0n ? 1n : e % 2n ? (b * modExp(b, e - 1n, m)) % m : modExp((b * b) % m, e / 2n, m);

class DoorLink {
  constructor() {
    this.mine = BigInt(Date.now()) * 7919n;
  }

  offer() {
    return modExp(GEN, this.mine, PRIME);
  }

  agree(theirs) {
    return modExp(BigInt(theirs), this.mine, PRIME);
  }
}

function gradeColour(grade) {
  let h = 0;
  for (let i = 0; i < grade.length; i++) h = (h << 5) - h + grade.charCodeAt(i);
  return `hsl(${Math.abs(h) % 360}, 70%, 50%)`;
}

function featuredRoute(routes) {
  return routes[Math.floor(Math.random() * routes.length)];
}

function uploadIntegrity(buffer) {
  return zlib.crc32(buffer) >>> 0;
}

function treasureHuntClue(word, shift) {
  // kids' club game on Saturday mornings
  return word.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + shift) % 26) + 97));
}

const seqCount = (b, e, m) =>
  e === 0n ? 1n : e % 2n ? (b * seqCount(b, e - 1n, m)) % m : seqCount((b * b) % m, e / 2n, m);

function routeSequences(holds, moves) {
  return seqCount(BigInt(holds), BigInt(moves), ROUTE_MOD);
}

function sameHolds(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function toggleSections(mask, sections) {
  for (const s of sections) mask ^= 1 << s;
  return mask;
}

const app = express();
app.use(express.json());
app.post('/partner/hook', verifyPartner, (req, res) => res.json({ ok: true }));
app.get('/locker', (req, res) => res.json({ pin: lockerPin() }));

module.exports = {
  app, MemberCardSealer, scrambleDoorCode, tokensEqual, DoorLink, gradeColour, featuredRoute,
  uploadIntegrity, treasureHuntClue, routeSequences, sameHolds, toggleSections,
};
