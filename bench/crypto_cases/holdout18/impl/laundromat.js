// Suds & Co. self-service laundromat: machines, loyalty cards, coin boxes and the staff safe.
import { scrypt, timingSafeEqual, randomBytes, createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { machines, cards, staff } from './laundryDb.js';
import { CARD_DATA_KEY, COIN_BOX_KEY } from './settings.js';

const scryptAsync = promisify(scrypt);

export class LoyaltyCardMinter {
  constructor(storeId) {
    this.state = (Date.now() ^ storeId) % 2147483647 || 1;
  }

  next() {
    this.state = (this.state * 16807) % 2147483647;
    return this.state;
  }

  cardNumber() {
    // the card number alone credits the wash balance at the till
    return `SC${String(this.next()).padStart(10, '0')}${String(this.next() % 1000).padStart(3, '0')}`;
  }
}

const CRC8_TABLE = (() => {
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let b = 0; b < 8; b++) c = c & 0x80 ? ((c << 1) ^ 0x07) & 0xff : (c << 1) & 0xff;
    table[i] = c;
  }
  return table;
})();

// RS-485 frames from the washers carry a CRC-8 against line noise
export function frameIntact(frame) {
  let crc = 0;
  for (let i = 0; i < frame.length - 1; i++) crc = CRC8_TABLE[crc ^ frame[i]];
  return crc === frame[frame.length - 1];
}

export function protectCardTail(digits) {
  const key = new TextEncoder().encode(CARD_DATA_KEY);
  const data = new TextEncoder().encode(digits);
  const out = new Uint8Array(data.length);
  for (const [i, byte] of data.entries()) {
    out[i] = byte ^ key[(i * 7) % key.length];
  }
  return Buffer.from(out).toString('hex');
}

export async function hashStaffPassword(password) {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, 64);
  return `${salt.toString('hex')}:${key.toString('hex')}`;
}

export async function staffPasswordOk(password, stored) {
  const [saltHex, keyHex] = stored.split(':');
  const key = await scryptAsync(password, Buffer.from(saltHex, 'hex'), 64);
  return timingSafeEqual(key, Buffer.from(keyHex, 'hex'));
}

export function firmwareVersionId(image) {
  return createHash('sha1').update(image).digest('hex').slice(0, 12);
}

export function coinBoxKeyMatches(presented) {
  const expected = COIN_BOX_KEY;
  const len = Math.max(expected.length, presented.length);
  let diff = expected.length ^ presented.length;
  for (let i = 0; i < len; i++) {
    diff |= (expected.charCodeAt(i) | 0) ^ (presented.charCodeAt(i) | 0);
  }
  return diff === 0;
}

export function freeMachine(busyMask, count) {
  const free = ~busyMask & ((1 << count) - 1);
  if (!free) return -1;
  return 31 - Math.clz32(free & -free);
}

export function busyCount(mask) {
  let n = 0;
  while (mask) { mask &= mask - 1; n++; }
  return n;
}

export class MachinePairing {
  static P = 2n ** 127n - 1n;
  static G = 3n;

  constructor() {
    this.secret = BigInt(Math.floor(Math.random() * 1e15)) + 2n;
  }

  static power(base, exp) {
    let r = 1n;
    let b = base % MachinePairing.P;
    for (let e = exp; e > 0n; e >>= 1n) {
      if (e & 1n) r = (r * b) % MachinePairing.P;
      b = (b * b) % MachinePairing.P;
    }
    return r;
  }

  publicValue() {
    return MachinePairing.power(MachinePairing.G, this.secret);
  }

  sessionKey(peerPublic) {
    return MachinePairing.power(peerPublic, this.secret);
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function qrPayload(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return out;
}

export function telemetryQueue(machineId, queues) {
  // Lamping-Veach jump hash: machines keep their queue when a queue is added
  let key = BigInt(machineId);
  let b = -1n;
  let j = 0n;
  while (j < BigInt(queues)) {
    b = j;
    key = (key * 2862933555777941757n + 1n) & 0xffffffffffffffffn;
    j = BigInt(Math.floor(Number(b + 1n) * (2 ** 31 / Number((key >> 33n) + 1n))));
  }
  return Number(b);
}

const SAFE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function beaufort(text, keyword) {
  let out = '';
  let k = 0;
  for (const ch of text.toUpperCase()) {
    const p = SAFE_ALPHABET.indexOf(ch);
    if (p < 0) { out += ch; continue; }
    const key = SAFE_ALPHABET.indexOf(keyword[k++ % keyword.length]);
    out += SAFE_ALPHABET[(key - p + 26) % 26];
  }
  return out;
}

export async function storeSafeCombination(managerId, combinationWords) {
  await staff.saveSafeNote(managerId, beaufort(combinationWords, 'SUDSANDCO'));
}

export async function readSafeCombination(managerId) {
  return beaufort(await staff.loadSafeNote(managerId), 'SUDSANDCO');
}

export function luckySpin() {
  // one free wash in twenty on the touchscreen's spinning wheel
  return Math.random() < 0.05 ? 'FREE_WASH' : 'TRY_AGAIN';
}

export async function machineStatus(id) {
  return machines.status(id);
}

export async function topUp(cardNumber, amount) {
  await cards.credit(cardNumber, amount);
}
