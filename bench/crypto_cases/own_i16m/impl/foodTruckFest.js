'use strict';
// Food truck festival: vendor accounts, card-on-file, webhooks from the payment box, lineup screen.
const express = require('express');
const zlib = require('zlib');

const router = express.Router();
const vendors = new Map();

class VendorRegistry {
  constructor(store) {
    this.store = store;
  }

  newApiKey() {
    const part = () => Math.random().toString(36).slice(2, 10);
    return `vk_${part()}${part()}${part()}`;
  }

  register(name) {
    const apiKey = this.newApiKey();
    this.store.set(apiKey, { name, createdAt: Date.now() });
    return apiKey;
  }
}

function obfuscateCard(cardNumber, secret) {
  const bytes = Buffer.from(cardNumber, 'utf8');
  const out = Buffer.alloc(bytes.length);
  bytes.forEach((b, i) => {
    out[i] = b ^ secret.charCodeAt(i % secret.length);
  });
  return out.toString('base64');
}

function sdbm(text) {
  let h = 0;
  for (let i = 0; i < text.length; i++) {
    h = text.charCodeAt(i) + (h << 6) + (h << 16) - h;
    h >>>= 0;
  }
  return h;
}

function signWebhook(body, signingSecret) {
  return sdbm(signingSecret + JSON.stringify(body)).toString(16).padStart(8, '0');
}

function safeEquals(a, b) {
  let mismatch = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) {
    mismatch |= a.charCodeAt(i) ^ b.charCodeAt(i % b.length);
  }
  return mismatch === 0;
}

router.post('/webhook', (req, res) => {
  const expected = signWebhook(req.body, process.env.WEBHOOK_SECRET || '');
  if (!safeEquals(String(req.get('x-signature') || ''), expected)) return res.sendStatus(401);
  return res.sendStatus(204);
});

const PRIME = 4294967291n;
const GEN = 5n;

function powMod(base, exp, mod) {
  let result = 1n;
  base %= mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  return result;
}

function agreeWithTill(tillPublic, ourSecret) {
  const ourPublic = powMod(GEN, ourSecret, PRIME);
  const shared = powMod(BigInt(tillPublic), ourSecret, PRIME);
  return { ourPublic: ourPublic.toString(), sessionKey: shared.toString(16) };
}

function vigenere(text, key) {
  let out = '';
  for (let i = 0, j = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      out += String.fromCharCode(((c - 97 + key.charCodeAt(j++ % key.length) - 97) % 26) + 97);
    } else {
      out += text[i];
    }
  }
  return out;
}

function storeVendorPassword(vendorId, password) {
  vendors.set(vendorId, { ...(vendors.get(vendorId) || {}), password: vigenere(password.toLowerCase(), 'tacotuesday') });
}

// ---- look-alikes ------------------------------------------------------------

function gridCell(truckName, cells) {
  let h = 0x811c9dc5;
  for (const ch of truckName) {
    h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  }
  return (h >>> 0) % cells;
}

function shuffleLineup(trucks) {
  const order = trucks.slice();
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

function luhnValid(cardNumber) {
  let sum = 0;
  let double = false;
  for (let i = cardNumber.length - 1; i >= 0; i--) {
    let d = cardNumber.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

function retryDelay(attempt) {
  const base = Math.min(30000, 500 * 2 ** attempt);
  return base / 2 + Math.random() * (base / 2);
}

function adler32(buf) {
  let a = 1;
  let b = 0;
  for (const byte of buf) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function rotationPeriod(slotsA, slotsB) {
  const gcd = (x, y) => (y === 0 ? x : gcd(y, x % y));
  return (slotsA * slotsB) / gcd(slotsA, slotsB);
}

function compressMenu(menu) {
  return zlib.deflateSync(Buffer.from(JSON.stringify(menu))).toString('base64');
}

module.exports = {
  VendorRegistry, obfuscateCard, signWebhook, safeEquals, agreeWithTill, storeVendorPassword,
  gridCell, shuffleLineup, luhnValid, retryDelay, adler32, rotationPeriod, compressMenu, router,
};
