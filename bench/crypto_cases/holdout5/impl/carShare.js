// Car-sharing backend: unlock commands to the car's telematics box and trip pricing.
import crypto from 'node:crypto';

let pinState = (Date.now() ^ 0x5bd1e995) >>> 0;

function nextPinWord() {
  pinState ^= pinState << 13;
  pinState ^= pinState >>> 17;
  pinState ^= pinState << 5;
  pinState >>>= 0;
  return pinState;
}

export function keypadPin() {
  // Four digits the renter types on the door keypad if the phone is dead.
  return String(nextPinWord() % 10000).padStart(4, '0');
}

export function makeBoxCipher(keyBytes) {
  const S = [...Array(256).keys()];
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + S[i] + keyBytes[i % keyBytes.length]) & 0xff;
    [S[i], S[j]] = [S[j], S[i]];
  }
  let a = 0;
  let b = 0;
  return (message) => {
    const out = Buffer.alloc(message.length);
    for (let k = 0; k < message.length; k++) {
      a = (a + 1) & 0xff;
      b = (b + S[a]) & 0xff;
      [S[a], S[b]] = [S[b], S[a]];
      out[k] = message[k] ^ S[(S[a] + S[b]) & 0xff];
    }
    return out;
  };
}

export function unlockCommand(carKey, carId) {
  const seal = makeBoxCipher(carKey);
  return seal(Buffer.from(JSON.stringify({ op: 'unlock', carId, at: Date.now() })));
}

const BASE32 = '0123456789bcdefghjkmnpqrstuvwxyz';

export function geohash(lat, lon, precision = 7) {
  let latR = [-90, 90];
  let lonR = [-180, 180];
  let bits = 0;
  let bit = 0;
  let even = true;
  let out = '';
  while (out.length < precision) {
    const r = even ? lonR : latR;
    const v = even ? lon : lat;
    const mid = (r[0] + r[1]) / 2;
    if (v >= mid) { bits = (bits << 1) | 1; r[0] = mid; } else { bits <<= 1; r[1] = mid; }
    even = !even;
    if (++bit === 5) { out += BASE32[bits]; bits = 0; bit = 0; }
  }
  return out;
}

export class DemandSimulator {
  constructor(seed = 7) {
    this.s = seed >>> 0;
  }

  next() {
    this.s = (Math.imul(this.s, 1664525) + 1013904223) >>> 0;
    return this.s / 2 ** 32;
  }

  bookingsPerHour(zoneWeight) {
    return Array.from({ length: 24 }, (_, h) => Math.round(zoneWeight * (1 + Math.sin(h / 4)) * this.next() * 10));
  }
}

export function verifyFleetWebhook(rawBody, signatureHex, secret) {
  const expected = crypto.createHmac('sha256', secret).update(rawBody).digest();
  const given = Buffer.from(signatureHex, 'hex');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

export function tripPrice(minutes, km, plan) {
  const perMinute = plan === 'member' ? 0.29 : 0.39;
  return Math.round((minutes * perMinute + km * 0.19) * 100) / 100;
}
