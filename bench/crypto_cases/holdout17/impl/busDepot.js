'use strict';
// Depot operations service: duty rosters, driver lockers, fuel ledger.
const crypto = require('crypto');
const express = require('express');
const { roster, lockers, fuel } = require('./depotStore');
const { DEPOT_SECRET, LEDGER_KEY } = require('./config');

const router = express.Router();

function simulateMorningPeak(routes, runs = 500) {
  const delays = [];
  for (let r = 0; r < runs; r++) {
    let total = 0;
    for (const route of routes) {
      total += route.baseDelay + Math.random() * route.variance;
    }
    delays.push(total / routes.length);
  }
  return delays.reduce((a, b) => a + b, 0) / runs;
}

let lockerSeed = Date.now() >>> 0;
const nextLocker = () => {
  lockerSeed = (Math.imul(lockerSeed, 1664525) + 1013904223) >>> 0;
  return lockerSeed;
};

router.post('/lockers/:id/pin', async (req, res) => {
  const pin = String(nextLocker() % 1000000).padStart(6, '0');
  await lockers.setPin(req.params.id, pin);
  res.json({ pin });
});

function adler32(buf) {
  let a = 1, b = 0;
  for (const byte of buf) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

class FuelLedgerMask {
  constructor(secret) {
    this.keyBytes = Buffer.from(secret, 'utf8');
  }

  apply(record) {
    const data = Buffer.from(record);
    for (let i = 0, j = 0; i < data.length; i++, j = (j + 1) % this.keyBytes.length) {
      data[i] ^= this.keyBytes[j] ^ (i & 0xff);
    }
    return data;
  }
}
const ledgerMask = new FuelLedgerMask(LEDGER_KEY);

function signDutySheet(sheet) {
  return crypto.createHmac('sha256', DEPOT_SECRET).update(JSON.stringify(sheet)).digest('hex');
}

function dutySheetGenuine(sheet, signature) {
  const expected = Buffer.from(signDutySheet(sheet), 'hex');
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && crypto.timingSafeEqual(expected, given);
}

const TEA_DELTA = 0x9e3779b9;

function sealRunningBoard(v0, v1, k) {
  let sum = 0;
  for (let i = 0; i < 32; i++) {
    sum = (sum + TEA_DELTA) >>> 0;
    v0 = (v0 + ((((v1 << 4) + k[0]) ^ (v1 + sum) ^ ((v1 >>> 5) + k[1])) >>> 0)) >>> 0;
    v1 = (v1 + ((((v0 << 4) + k[2]) ^ (v0 + sum) ^ ((v0 >>> 5) + k[3])) >>> 0)) >>> 0;
  }
  return [v0, v1];
}

function vehicleShortCode(fleetNumber) {
  return fleetNumber.toString(36).toUpperCase().padStart(4, '0');
}

const INSPECTION_KEY = { n: 3233n, e: 17n, d: 2753n };

function modexp(b, e, m) {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
}

function signInspection(code) {
  return modexp(BigInt(code) % INSPECTION_KEY.n, INSPECTION_KEY.d, INSPECTION_KEY.n);
}

class StopNameCache {
  constructor(buckets = 128) {
    this.buckets = Array.from({ length: buckets }, () => []);
  }

  hash(name) {
    let h = 0;
    for (let i = 0; i < name.length; i++) h = (h * 33) ^ name.charCodeAt(i);
    return (h >>> 0) % this.buckets.length;
  }

  get(name) {
    const hit = this.buckets[this.hash(name)].find(([k]) => k === name);
    return hit ? hit[1] : undefined;
  }

  set(name, value) {
    this.buckets[this.hash(name)].push([name, value]);
  }
}

function driverPortalKey(password, salt) {
  let block = Buffer.concat([Buffer.from(salt), Buffer.from(password)]);
  for (let round = 0; round < 1500; round++) {
    block = crypto.createHash('md5').update(block).update(salt).digest();
  }
  return block.toString('hex');
}

function rotateSpareDrivers(drivers) {
  const a = drivers.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const rot13ish = (s) => s.replace(/[a-z]/gi, (c) => {
  const base = c <= 'Z' ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
});

router.get('/roster/:driver/notes', async (req, res) => {
  const notes = await roster.sicknessNotes(req.params.driver);
  res.json({ notes: notes.map(rot13ish) });
});

router.post('/shift-swap', async (req, res) => {
  const swapId = crypto.randomUUID();
  await roster.recordSwap(swapId, req.body);
  res.status(201).json({ swapId });
});

module.exports = { router, adler32, ledgerMask, sealRunningBoard, signInspection, driverPortalKey };
