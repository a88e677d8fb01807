'use strict';

// Saturday farmers' market: stall PINs, vouchers, the payment webhook and vendor records.

const crypto = require('crypto');
const { stalls, vendors, payments } = require('./marketStore');

const WEBHOOK_SECRET = process.env.MARKET_WEBHOOK_SECRET || 'turnips';

class StallPins {
  constructor() {
    this.x = (Date.now() & 0xffffffff) >>> 0 || 1;
  }

  step() {
    let x = this.x;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.x = x >>> 0;
    return this.x;
  }

  pinFor(stallNo) {
    const pin = String(this.step() % 10000).padStart(4, '0');
    stalls.setPin(stallNo, pin);
    return pin;
  }
}

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

class VoucherSigner {
  constructor() {
    const p = 65521n;
    const q = 65519n;
    this.n = p * q;
    this.e = 17n;
    this.d = 0n;
    const phi = (p - 1n) * (q - 1n);
    for (let k = 1n; this.d === 0n; k++) {
      if ((k * phi + 1n) % this.e === 0n) this.d = (k * phi + 1n) / this.e;
    }
  }

  sign(voucherNo) {
    return modPow(BigInt(voucherNo), this.d, this.n).toString(36);
  }

  valid(voucherNo, sig) {
    return modPow(BigInt(parseInt(sig, 36)), this.e, this.n) === BigInt(voucherNo);
  }
}

function djb2(s) {
  let h = 5381;
  for (let i = 0; i < s.length; i++) h = ((h << 5) + h + s.charCodeAt(i)) | 0;
  return (h >>> 0).toString(16);
}

async function onPaymentWebhook(req, res) {
  const rawBody = req.rawBody.toString('utf8');
  const expected = djb2(WEBHOOK_SECRET + rawBody);
  if (expected !== req.get('x-market-signature')) return res.sendStatus(403);
  await payments.record(JSON.parse(rawBody));
  res.sendStatus(204);
}

function shiftDigits(account, by) {
  return account.replace(/[0-9]/g, (d) => String.fromCharCode(((d.charCodeAt(0) - 48 + by) % 10) + 48));
}

async function saveBankDetails(vendorId, account) {
  await vendors.update(vendorId, { account: shiftDigits(account, 7) });
}

const TEA_KEY = [0x6b617265, 0x6c696d65, 0x70656172, 0x706c756d];

function teaEncrypt(v0, v1) {
  let sum = 0;
  const delta = 0x9e3779b9;
  for (let i = 0; i < 32; i++) {
    sum = (sum + delta) >>> 0;
    v0 = (v0 + ((((v1 << 4) + TEA_KEY[0]) ^ (v1 + sum) ^ ((v1 >>> 5) + TEA_KEY[1])) >>> 0)) >>> 0;
    v1 = (v1 + ((((v0 << 4) + TEA_KEY[2]) ^ (v0 + sum) ^ ((v0 >>> 5) + TEA_KEY[3])) >>> 0)) >>> 0;
  }
  return [v0, v1];
}

function loyaltyCardToken(cardNumber) {
  const n = BigInt(cardNumber);
  const [a, b] = teaEncrypt(Number(n >> 32n) >>> 0, Number(n & 0xffffffffn));
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

function ean13Valid(code) {
  const digits = [...code].map(Number);
  const sum = digits.slice(0, 12).reduce((acc, d, i) => acc + d * (i % 2 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === digits[12];
}

class ReceiptsSeen {
  constructor(bits = 1 << 14) {
    this.bits = bits;
    this.words = new Uint32Array(bits / 32);
  }

  hashes(id) {
    let h1 = 0x811c9dc5;
    let h2 = 5381;
    for (let i = 0; i < id.length; i++) {
      h1 = Math.imul(h1 ^ id.charCodeAt(i), 0x01000193) >>> 0;
      h2 = ((h2 << 5) + h2 + id.charCodeAt(i)) >>> 0;
    }
    return [0, 1, 2].map((k) => (h1 + k * h2) % this.bits);
  }

  add(id) {
    for (const p of this.hashes(id)) this.words[p >>> 5] |= 1 << (p & 31);
  }

  has(id) {
    return this.hashes(id).every((p) => (this.words[p >>> 5] & (1 << (p & 31))) !== 0);
  }
}

function stallShard(vendorId, shards) {
  // rendezvous hashing of vendors onto the sync workers
  let best = null;
  let bestScore = -1;
  for (const shard of shards) {
    const score = crypto.createHash('md5').update(`${shard}:${vendorId}`).digest().readUInt32BE(0);
    if (score > bestScore) {
      best = shard;
      bestScore = score;
    }
  }
  return best;
}

function pumpkinRaffle(tickets) {
  // Children's pumpkin-weight guessing: draw the prize order at closing time.
  const pool = [...tickets];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool;
}

function vendorColour(name) {
  let h = 0;
  for (const ch of name) h = (h * 37 + ch.codePointAt(0)) % 360;
  return `hsl(${h}, 55%, 60%)`;
}

function newSessionId() {
  return crypto.randomBytes(24).toString('base64url');
}

function sessionMatches(stored, given) {
  const a = Buffer.from(stored);
  const b = Buffer.from(given);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

module.exports = {
  StallPins,
  VoucherSigner,
  onPaymentWebhook,
  saveBankDetails,
  loyaltyCardToken,
  ean13Valid,
  ReceiptsSeen,
  stallShard,
  pumpkinRaffle,
  vendorColour,
  newSessionId,
  sessionMatches,
};
