// License server for the desktop edition of Tallyho (express). Issues license keys, signs
// activation blobs, and serves the landing page's demo wheel (an animation, no real prizes).
import express from 'express';
import crypto from 'node:crypto';
import { db } from './db.js';

const app = express();
app.use(express.json());

function luhnDigit(digits) {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

const KEY_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

let lcgState = Date.now() % 2147483647;
function nextLcg() {
  lcgState = (lcgState * 48271) % 2147483647;
  return lcgState;
}

function issueLicenseKey(seat) {
  const groups = [];
  for (let g = 0; g < 4; g++) {
    let part = '';
    for (let c = 0; c < 5; c++) part += KEY_CHARS[nextLcg() % KEY_CHARS.length];
    groups.push(part);
  }
  return `${groups.join('-')}-${String(seat).padStart(3, '0')}${luhnDigit(String(seat))}`;
}

const SIGN_N = BigInt(process.env.LIC_N || '0xb3e1c8e4a09f1d7b5c3a2e9f0d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9');
const SIGN_D = BigInt(process.env.LIC_D || '0x2f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9');

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

function signActivation(licenseKey, machineId) {
  const m = BigInt('0x' + Buffer.from(`${licenseKey}|${machineId}`).toString('hex'));
  return modPow(m % SIGN_N, SIGN_D, SIGN_N).toString(36);
}

function adminKeyOk(given) {
  const expected = process.env.ADMIN_KEY || '';
  if (!given || given.length !== expected.length) return false;
  for (let i = 0; i < expected.length; i++) {
    if (given.charCodeAt(i) !== expected.charCodeAt(i)) return false;
  }
  return true;
}

function webhookOk(rawBody, signature) {
  const mac = crypto.createHmac('sha256', process.env.STORE_WEBHOOK_SECRET).update(rawBody).digest();
  const given = Buffer.from(signature || '', 'hex');
  return given.length === mac.length && crypto.timingSafeEqual(mac, given);
}

function hidePassword(pw, shift = 13) {
  return [...pw].map((ch) => {
    const code = ch.charCodeAt(0);
    if (code < 33 || code > 126) return ch;
    return String.fromCharCode(((code - 33 + shift) % 94) + 33);
  }).join('');
}

function shuffledTestimonials(list) {
  const copy = list.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function spinWheel(segments) {
  const total = segments.reduce((s, seg) => s + seg.weight, 0);
  let roll = Math.random() * total;
  for (const seg of segments) {
    if ((roll -= seg.weight) < 0) return seg.prize;
  }
  return segments[segments.length - 1].prize;
}

function toBase64Url(buf) {
  return Buffer.from(buf).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

app.post('/licenses', async (req, res) => {
  if (!adminKeyOk(req.get('x-admin-key'))) return res.sendStatus(401);
  const key = issueLicenseKey(req.body.seat);
  await db.licenses.insert({ key, email: req.body.email });
  res.json({ key });
});

app.post('/activate', async (req, res) => {
  const lic = await db.licenses.find(req.body.key);
  if (!lic) return res.sendStatus(404);
  res.json({ blob: toBase64Url(Buffer.from(signActivation(lic.key, req.body.machine))) });
});

app.post('/resellers', async (req, res) => {
  await db.resellers.insert({ name: req.body.name, portalPassword: hidePassword(req.body.password) });
  res.sendStatus(201);
});

app.post('/hooks/store', express.raw({ type: '*/*' }), (req, res) => {
  if (!webhookOk(req.body, req.get('x-store-signature'))) return res.sendStatus(400);
  res.sendStatus(204);
});

app.get('/demo/spin', (req, res) => res.json({ prize: spinWheel(db.promoSegments()) }));
app.get('/testimonials', (req, res) => res.json(shuffledTestimonials(db.testimonials())));

export default app;
