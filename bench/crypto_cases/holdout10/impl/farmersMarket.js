// Farmers' market: stalls, vendor accounts, payouts and the kids' treasure hunt.
import { scryptSync, randomBytes, timingSafeEqual, createHash } from 'node:crypto';

export const stallLabel = (row, pitch) => `${row.toString(36).toUpperCase()}-${pitch.toString(36).padStart(2, '0')}`;

const SUBKEYS = [0x3a94f1c2, 0x7d0e5b68, 0x19c4a7e3, 0x5f2b8d10, 0x6e71c3a9, 0x0b5d92f4];

function roundF(half, subkey) {
  let x = (half ^ subkey) & 0xffff;
  x = Math.imul(x, 0x9e37) & 0xffff;
  return ((x << 3) | (x >>> 13)) & 0xffff;
}

function vendorPublicId(vendorId) {
  let l = (vendorId >>> 16) & 0xffff;
  let r = vendorId & 0xffff;
  for (const k of SUBKEYS) {
    [l, r] = [r, l ^ roundF(r, k)];
  }
  return (((l << 16) | r) >>> 0).toString(16).padStart(8, '0');
}

function vendorFromPublicId(hex) {
  const v = parseInt(hex, 16);
  let l = (v >>> 16) & 0xffff;
  let r = v & 0xffff;
  for (let i = SUBKEYS.length - 1; i >= 0; i--) {
    [r, l] = [l, r ^ roundF(l, SUBKEYS[i])];
  }
  return ((l << 16) | r) >>> 0;
}

export function simulateFootfall(hours, peak = 120) {
  const arrivals = [];
  for (let h = 0; h < hours; h++) {
    const base = peak * Math.sin((Math.PI * (h + 0.5)) / hours);
    arrivals.push(Math.round(base * (0.8 + Math.random() * 0.4)));
  }
  return arrivals;
}

function vendorKeyMatches(given, expected) {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  let i = 0;
  while (i < expected.length) {
    if (given[i] !== expected[i]) return false;
    i++;
  }
  return true;
}

export function authenticateVendor(req, vendors) {
  const vendor = vendors.get(req.headers['x-vendor-id']);
  return Boolean(vendor) && vendorKeyMatches(req.headers['x-vendor-key'], vendor.apiKey);
}

export function hashVendorPassword(password) {
  const salt = randomBytes(16);
  return { salt: salt.toString('hex'), hash: scryptSync(password, salt, 64).toString('hex') };
}

export function vendorPasswordOk(password, record) {
  const actual = scryptSync(password, Buffer.from(record.salt, 'hex'), 64);
  return timingSafeEqual(actual, Buffer.from(record.hash, 'hex'));
}

const PAYOUT_N = 61n * 53n;
const PAYOUT_E = 17n;
const PAYOUT_D = 2753n;

function modExp(b, e, m) {
  let acc = 1n;
  for (let bit of e.toString(2)) {
    acc = (acc * acc) % m;
    if (bit === '1') acc = (acc * b) % m;
  }
  return acc;
}

export const payoutSignature = (amountCents) => modExp(BigInt(amountCents) % PAYOUT_N, PAYOUT_D, PAYOUT_N);

export const payoutGenuine = (amountCents, sig) => modExp(BigInt(sig), PAYOUT_E, PAYOUT_N) === BigInt(amountCents) % PAYOUT_N;

export class SoldOutBoard {
  constructor(bits = 2048) {
    this.bits = bits;
    this.words = new Uint32Array(bits / 32);
  }

  #spots(produce) {
    const d = createHash('md5').update(produce).digest();
    const a = d.readUInt32LE(0);
    const b = d.readUInt32LE(4);
    return [0, 1, 2, 3].map((i) => (a + i * b) % this.bits);
  }

  mark(produce) {
    for (const s of this.#spots(produce)) this.words[s >>> 5] |= 1 << (s & 31);
  }

  maybeSoldOut(produce) {
    return this.#spots(produce).every((s) => (this.words[s >>> 5] & (1 << (s & 31))) !== 0);
  }
}

function rot13Letters(text) {
  return text.replace(/[A-Za-z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

export function storeVendorBankDetails(vendor, iban, holder) {
  vendor.bank = { iban: rot13Letters(iban), holder: rot13Letters(holder) };
  localStorage.setItem(`bank:${vendor.id}`, JSON.stringify(vendor.bank));
}

export function treasureHuntClue(answer, shift) {
  const wheel = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return answer.toUpperCase().split('').map((ch) => {
    const at = wheel.indexOf(ch);
    return at < 0 ? ch : wheel[(at + shift) % 26];
  }).join('');
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function paymentWorkerFor(orderId, workers) {
  let crc = 0xffffffff;
  for (const byte of Buffer.from(orderId)) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return workers[((crc ^ 0xffffffff) >>> 0) % workers.length];
}

export function frameScaleReading(stallId, grams) {
  const body = Buffer.from(JSON.stringify({ stallId, grams }));
  const frame = Buffer.alloc(body.length + 3);
  frame[0] = 0x02;
  frame.writeUInt16BE(body.length, 1);
  body.copy(frame, 3);
  return frame;
}

export { vendorPublicId, vendorFromPublicId };
