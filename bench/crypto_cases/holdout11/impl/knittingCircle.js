// Knitting circle: shared patterns, yarn orders, the Saturday raffle.
import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';

const PATTERN_KEY = Buffer.from('purl-two-together');
const ROUND_KEYS = [0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c];
const RSA_DEMO = { p: 61231n, q: 52711n, e: 65537n };

export async function protectPattern(path) {
  const chart = await readFile(path);
  const out = Buffer.alloc(chart.length);
  chart.forEach((byte, i) => {
    out[i] = byte ^ PATTERN_KEY[i % PATTERN_KEY.length];
  });
  await writeFile(path + '.kcp', out);
}

export async function openPattern(path) {
  const blob = await readFile(path);
  return Buffer.from(blob.map((byte, i) => byte ^ PATTERN_KEY[i % PATTERN_KEY.length])).toString('utf8');
}

function roundFn(half, k) {
  let x = (half ^ k) >>> 0;
  x = Math.imul(x, 0x45d9f3b) >>> 0;
  return ((x >>> 16) ^ x) & 0xffff;
}

function scrambleMember(id) {
  let left = (id >>> 16) & 0xffff;
  let right = id & 0xffff;
  for (const k of ROUND_KEYS) {
    [left, right] = [right, left ^ roundFn(right, k)];
  }
  return ((left << 16) | right) >>> 0;
}

function unscrambleMember(code) {
  let left = (code >>> 16) & 0xffff;
  let right = code & 0xffff;
  for (let r = ROUND_KEYS.length - 1; r >= 0; r--) {
    [left, right] = [right ^ roundFn(left, ROUND_KEYS[r]), left];
  }
  return ((left << 16) | right) >>> 0;
}

export const memberUrl = (id) => `/members/${scrambleMember(id).toString(36)}`;
export const memberFromUrl = (slug) => unscrambleMember(parseInt(slug, 36));

export function resetCodeMatches(entered, onFile) {
  if (!onFile || entered.length !== onFile.length) return false;
  let i = 0;
  while (i < onFile.length) {
    if (entered[i] !== onFile[i]) return false;
    i += 1;
  }
  return true;
}

const bmod = (a, m) => ((a % m) + m) % m;

function invert(a, m) {
  let [r0, r1, s0, s1] = [a, m, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return bmod(s0, m);
}

function raise(b, e, m) {
  let acc = 1n;
  for (let bit of e.toString(2)) {
    acc = (acc * acc) % m;
    if (bit === '1') acc = (acc * b) % m;
  }
  return acc;
}

export class YarnReceipts {
  constructor({ p, q, e } = RSA_DEMO) {
    this.n = p * q;
    this.e = e;
    this.d = invert(e, (p - 1n) * (q - 1n));
  }

  sign(orderTotalPence) {
    return raise(BigInt(orderTotalPence), this.d, this.n).toString(16);
  }

  verify(orderTotalPence, sig) {
    return raise(BigInt('0x' + sig), this.e, this.n) === BigInt(orderTotalPence) % this.n;
  }
}

export function swatchColour(yarnName) {
  let h = 2166136261;
  for (const ch of yarnName) h = Math.imul(h ^ ch.codePointAt(0), 16777619) >>> 0;
  return `hsl(${h % 360}, ${45 + (h >>> 9) % 30}%, ${40 + (h >>> 17) % 25}%)`;
}

export function rowMask(row) {
  // one bit per stitch: 1 = knit, 0 = purl; 32 stitches per chart row
  let mask = 0;
  row.forEach((stitch, i) => {
    if (stitch === 'k') mask |= 1 << (31 - i);
  });
  return mask >>> 0;
}

export function mirrorRow(mask, width) {
  let out = 0;
  for (let i = 0; i < width; i++) if (mask & (1 << (31 - i))) out |= 1 << (31 - (width - 1 - i));
  return out >>> 0;
}

export function packChart(cells) {
  const runs = [];
  let prev = cells[0];
  let count = 0;
  for (const c of cells) {
    if (c === prev && count < 255) count += 1;
    else {
      runs.push(count, prev.charCodeAt(0));
      prev = c;
      count = 1;
    }
  }
  runs.push(count, prev.charCodeAt(0));
  return Uint8Array.from(runs);
}

export function unpackChart(packed) {
  let out = '';
  for (let i = 0; i < packed.length; i += 2) out += String.fromCharCode(packed[i + 1]).repeat(packed[i]);
  return out;
}

export function hashMemberPassword(password) {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 64, { N: 16384 });
  return `${salt.toString('hex')}:${key.toString('hex')}`;
}

export function checkMemberPassword(stored, password) {
  const [saltHex, keyHex] = stored.split(':');
  const key = scryptSync(password, Buffer.from(saltHex, 'hex'), 64, { N: 16384 });
  return timingSafeEqual(key, Buffer.from(keyHex, 'hex'));
}

export function raffleOrder(tickets, meetingNo) {
  let s = meetingNo >>> 0;
  const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0);
  const order = [...tickets];
  for (let i = order.length - 1; i > 0; i--) {
    const j = next() % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

export function photoBucket(photoName, buckets = 16) {
  const digest = createHash('md5').update(photoName).digest();
  return `knit-photos-${digest.readUInt16BE(0) % buckets}`;
}
