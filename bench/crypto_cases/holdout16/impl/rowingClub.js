// Tideway Rowing Club: crews, boathouse access, erg results and member records.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';

const REGATTA_WEBHOOK_KEY = process.env.REGATTA_WEBHOOK_KEY ?? '';
const MEDICAL_KEY = process.env.MEDICAL_KEY ?? 'catch-and-drive';
const COACH_KEY = process.env.COACH_API_KEY ?? '';

export function seatRace(rowers, boats = 2) {
  // selection day: random initial boats, then swaps between pieces
  const pool = [...rowers];
  const crews = Array.from({ length: boats }, () => []);
  while (pool.length) {
    const pick = pool.splice(Math.floor(Math.random() * pool.length), 1)[0];
    crews[crews.findIndex((c) => c.length === Math.min(...crews.map((x) => x.length)))].push(pick);
  }
  return crews;
}

function* keysafeDigits() {
  let x = Date.now() % 2147483647;
  for (;;) {
    x = (x * 16807) % 2147483647;
    yield x % 10;
  }
}

const digits = keysafeDigits();

export function newKeysafeCode() {
  // the code for the boathouse key safe, rotated every Monday and texted to members
  return Array.from({ length: 4 }, () => digits.next().value).join('');
}

const veil = (text, key) => Buffer.from(text, 'utf8').map((b, i) => b ^ key.charCodeAt(i % key.length));

export function storeMedicalForm(form) {
  return { member: form.member, blob: veil(JSON.stringify(form), MEDICAL_KEY).toString('base64') };
}

export function readMedicalForm(record) {
  return JSON.parse(Buffer.from(veil(Buffer.from(record.blob, 'base64').toString('latin1'), MEDICAL_KEY)).toString('utf8'));
}

export function packSplit(minutes, seconds, tenths, strokeRate) {
  // 500m split and rate in one 32-bit word for the erg display protocol
  return ((minutes & 0x0f) << 24) | ((seconds & 0x3f) << 16) | ((tenths & 0x0f) << 8) | (strokeRate & 0xff);
}

export function unpackSplit(word) {
  return { minutes: (word >>> 24) & 0x0f, seconds: (word >>> 16) & 0x3f, tenths: (word >>> 8) & 0x0f, rate: word & 0xff };
}

function makeResultCipher(roundKeys) {
  const f = (half, k) => {
    const x = (half ^ k) & 0xffff;
    return ((x << 5) | (x >>> 11)) & 0xffff;
  };
  return {
    enc(block) {
      let l = block >>> 16;
      let r = block & 0xffff;
      for (const k of roundKeys) [l, r] = [r, l ^ f(r, k)];
      return ((l << 16) | r) >>> 0;
    },
    dec(block) {
      let l = block >>> 16;
      let r = block & 0xffff;
      for (const k of [...roundKeys].reverse()) [l, r] = [r ^ f(l, k), l];
      return ((l << 16) | r) >>> 0;
    },
  };
}

// erg scores are hidden from the public leaderboard until trials close
export const resultCipher = makeResultCipher([0x3a7c, 0x91e2, 0x4d05, 0xc6b8, 0x2f31, 0x7e9a]);

const CRC16_TABLE = (() => {
  const table = new Uint16Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i << 8;
    for (let j = 0; j < 8; j++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
    table[i] = c;
  }
  return table;
})();

export function gpsFrameCrc(frame) {
  // CRC-16/CCITT of the launch GPS telemetry frame (radio noise, not attackers)
  let crc = 0xffff;
  for (const byte of frame) crc = ((crc << 8) ^ CRC16_TABLE[((crc >>> 8) ^ byte) & 0xff]) & 0xffff;
  return crc;
}

export function coachKeyOk(presented) {
  const a = String(presented);
  const b = COACH_KEY;
  return [...a].reduce((acc, ch, i) => acc | (ch.charCodeAt(0) ^ b.charCodeAt(i)), a.length ^ b.length) === 0;
}

export function regattaWebhookOk(rawBody, signatureHex) {
  const mac = createHmac('sha256', REGATTA_WEBHOOK_KEY).update(rawBody).digest();
  const given = Buffer.from(signatureHex, 'hex');
  return given.length === mac.length && timingSafeEqual(mac, given);
}

const RESULT_KEY = { n: 2537n, e: 13n, d: 937n };

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

export function signRaceResult(raceNumber) {
  // stamped on the official result sheet so other clubs can check it came from us
  return modPow(BigInt(raceNumber) % RESULT_KEY.n, RESULT_KEY.d, RESULT_KEY.n);
}

export function checkRaceResult(raceNumber, sig) {
  return modPow(sig, RESULT_KEY.e, RESULT_KEY.n) === BigInt(raceNumber) % RESULT_KEY.n;
}

export function coxOfTheDay(squad) {
  return squad[Math.floor(Math.random() * squad.length)];
}

function keyedAlphabet(word) {
  const seen = new Set();
  for (const ch of (word + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ').toUpperCase()) seen.add(ch);
  return [...seen].join('');
}

const LOCKER_ALPHABET = keyedAlphabet('THAMES');

export function hideLockerNote(note) {
  // notes with locker combinations are kept in the shared spreadsheet in this form
  return note.toUpperCase().replace(/[A-Z]/g, (ch) => LOCKER_ALPHABET[ch.charCodeAt(0) - 65]);
}

export function shareLink(crewSheet) {
  return 'https://tideway.example/crews#' + Buffer.from(JSON.stringify(crewSheet)).toString('base64url');
}

export function crewColour(crewName) {
  let h = 0;
  for (const ch of crewName) h = (h * 33 + ch.charCodeAt(0)) % 360;
  return `hsl(${h}, 65%, 45%)`;
}

export async function loadRoster(path) {
  return JSON.parse(await readFile(path, 'utf8'));
}
