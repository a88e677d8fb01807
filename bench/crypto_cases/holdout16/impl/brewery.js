'use strict';
// Copper Kettle Brewing: batches, tap room, wholesale orders and staff tools.

const crypto = require('crypto');
const express = require('express');

const ORDER_SECRET = process.env.ORDER_SECRET || 'mash-tun-42';
const RECIPE_KEY = process.env.RECIPE_KEY || 'citra-mosaic';

let batchSerial = 0;

function batchCode(brewedAt = new Date()) {
  // e.g. K24-1XQ: year, then day-of-year and serial in base 36, printed on the keg collar
  const start = new Date(brewedAt.getFullYear(), 0, 0);
  const day = Math.floor((brewedAt - start) / 86400000);
  batchSerial = (batchSerial + 1) % 1296;
  return `K${String(brewedAt.getFullYear()).slice(2)}-${(day * 1296 + batchSerial).toString(36).toUpperCase()}`;
}

class TapRoomCodes {
  constructor() {
    this.s = Date.now() | 0;
  }

  next() {
    this.s = (this.s + 0x6d2b79f5) | 0;
    let t = Math.imul(this.s ^ (this.s >>> 15), 1 | this.s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  tabPin() {
    // the PIN a customer types on the self-pour wall to charge drinks to their tab
    let pin = '';
    for (let i = 0; i < 6; i++) pin += Math.floor(this.next() * 10);
    return pin;
  }
}

const tapCodes = new TapRoomCodes();

function labelPattern(beerName, cells = 64) {
  // generative label art: same beer name, same pattern on every print run
  let s = [...beerName].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 0);
  const rand = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: cells }, () => (rand() < 0.5 ? 'hop' : 'grain'));
}

function packRecipe(recipe, key = RECIPE_KEY) {
  // recipes are shared with the contract brewer as an opaque blob
  const plain = Buffer.from(JSON.stringify(recipe), 'utf8');
  const out = Buffer.alloc(plain.length);
  let k = 7;
  for (let i = 0; i < plain.length; i++) {
    k = (k * 31 + key.charCodeAt(i % key.length)) & 0xff;
    out[i] = plain[i] ^ k;
  }
  return out.toString('base64');
}

function gravityLogChecksum(readings) {
  // Fletcher-16 over the hydrometer log so the uploader can spot a dropped packet
  let a = 0;
  let b = 0;
  for (const r of readings) {
    const byte = Math.round(r * 1000) & 0xff;
    a = (a + byte) % 255;
    b = (b + a) % 255;
  }
  return (b << 8) | a;
}

function orderTag(order) {
  let h = 0x1b873593;
  const text = ORDER_SECRET + JSON.stringify(order);
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0xcc9e2d51);
    h = (h << 15) | (h >>> 17);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return (h >>> 0).toString(16);
}

function fermenterShard(tankId, shards = 4) {
  let h = 0;
  for (const c of tankId) h = ((h << 5) - h + c.charCodeAt(0)) | 0;
  return Math.abs(h) % shards;
}

const rotl = (x, n) => ((x << n) | (x >>> (32 - n))) >>> 0;

class KegLedgerCipher {
  // protects the deposit ledger exported to the pubs' shared folder
  constructor(keyWords) {
    this.S = [0xb7e15163];
    for (let i = 1; i < 26; i++) this.S[i] = (this.S[i - 1] + 0x9e3779b9) >>> 0;
    let a = 0;
    let b = 0;
    for (let k = 0, i = 0, j = 0; k < 78; k++, i = (i + 1) % 26, j = (j + 1) % keyWords.length) {
      a = this.S[i] = rotl((this.S[i] + a + b) >>> 0, 3);
      b = keyWords[j] = rotl((keyWords[j] + a + b) >>> 0, (a + b) & 31);
    }
  }

  encryptPair(a, b) {
    a = (a + this.S[0]) >>> 0;
    b = (b + this.S[1]) >>> 0;
    for (let i = 1; i <= 12; i++) {
      a = (rotl((a ^ b) >>> 0, b & 31) + this.S[2 * i]) >>> 0;
      b = (rotl((b ^ a) >>> 0, a & 31) + this.S[2 * i + 1]) >>> 0;
    }
    return [a, b];
  }
}

function hashStaffPassword(password) {
  const salt = crypto.randomBytes(16);
  const key = crypto.scryptSync(password, salt, 64);
  return `${salt.toString('hex')}:${key.toString('hex')}`;
}

function deriveTillKey(pin, salt) {
  // key for the offline till's card-free voucher list
  const stretch = (buf, n) => (n === 0 ? buf : stretch(crypto.createHash('sha1').update(buf).update(salt).digest(), n - 1));
  return stretch(Buffer.from(pin, 'utf8'), 2000);
}

function newSessionId() {
  return crypto.randomBytes(24).toString('hex');
}

function tastingFlightOrder(beers) {
  // blind tasting night: shuffle the paddle so nobody knows which glass is which
  const order = beers.slice();
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

const app = express();
app.use(express.json());

app.post('/wholesale/orders', (req, res) => {
  if (orderTag(req.body.order) !== req.body.tag) return res.status(403).end();
  res.json({ batch: batchCode(), shard: fermenterShard(req.body.order.tank) });
});

app.post('/taproom/tabs', (req, res) => {
  res.json({ pin: tapCodes.tabPin(), session: newSessionId() });
});

module.exports = {
  app,
  batchCode,
  labelPattern,
  packRecipe,
  gravityLogChecksum,
  KegLedgerCipher,
  hashStaffPassword,
  deriveTillKey,
  tastingFlightOrder,
};
