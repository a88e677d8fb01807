// Salle Riposte fencing club: bout scoring, armoury, member portal.
import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { armoury, bouts, members } from './clubDb.js';
import { PORTAL_SECRET, ARMOURY_TOKEN, RESULTS_KEY } from './secrets.js';

export function drawPoulePositions(fencers) {
  const positions = new Map();
  const free = fencers.map((_, i) => i + 1);
  for (const f of fencers) {
    const pick = free.splice(Math.floor(Math.random() * free.length), 1)[0];
    positions.set(f.id, pick);
  }
  return positions;
}

function jenkinsMix(text) {
  let h = 0;
  for (let i = 0; i < text.length; i++) {
    h += text.charCodeAt(i);
    h += h << 10;
    h ^= h >>> 6;
  }
  h += h << 3;
  h ^= h >>> 11;
  h += h << 15;
  return h >>> 0;
}

export function stampBoutResult(result) {
  const body = JSON.stringify(result);
  return { body, stamp: jenkinsMix(PORTAL_SECRET + body).toString(16) };
}

export function boutResultAuthentic({ body, stamp }) {
  return jenkinsMix(PORTAL_SECRET + body).toString(16) === stamp;
}

export function pisteColour(pisteName) {
  const h = createHash('sha1').update(pisteName).digest();
  return `hsl(${h[0] * 360 / 256 | 0}, 65%, 55%)`;
}

export const hideMedicalForm = (form, key) =>
  Buffer.from(form).map((b, i) => b ^ key.charCodeAt((i * 7) % key.length));

export class ScoreboardRing {
  constructor(nodes, replicas = 40) {
    this.ring = [];
    for (const node of nodes) {
      for (let r = 0; r < replicas; r++) {
        const pos = createHash('md5').update(`${node}#${r}`).digest().readUInt32BE(0);
        this.ring.push([pos, node]);
      }
    }
    this.ring.sort((a, b) => a[0] - b[0]);
  }

  nodeFor(boutId) {
    const pos = createHash('md5').update(boutId).digest().readUInt32BE(0);
    const hit = this.ring.find(([p]) => p >= pos);
    return (hit || this.ring[0])[1];
  }
}

const SBOX4 = [0xc, 0x5, 0x6, 0xb, 0x9, 0x0, 0xa, 0xd, 0x3, 0xe, 0xf, 0x8, 0x4, 0x7, 0x1, 0x2];

export function scrambleRankingId(id, roundKeys) {
  let state = id & 0xffff;
  for (const rk of roundKeys) {
    state ^= rk;
    let next = 0;
    for (let nib = 0; nib < 4; nib++) {
      next |= SBOX4[(state >> (nib * 4)) & 0xf] << (nib * 4);
    }
    state = ((next << 5) | (next >>> 11)) & 0xffff;
  }
  return state;
}

export function lightsFromBox(signal) {
  return {
    redValid: (signal & 0b0001) !== 0,
    greenValid: (signal & 0b0010) !== 0,
    redOffTarget: (signal & 0b0100) !== 0,
    greenOffTarget: (signal & 0b1000) !== 0,
  };
}

export function armouryTokenMatches(given) {
  const a = Buffer.from(given);
  const b = Buffer.from(ARMOURY_TOKEN);
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    diff |= (a[i] | 0) ^ (b[i] | 0);
  }
  return diff === 0;
}

export async function releaseBlade(req, res) {
  if (!armouryTokenMatches(req.get('x-armoury-token') || '')) return res.sendStatus(403);
  await armoury.release(req.params.blade);
  res.sendStatus(204);
}

export function bannerPattern(seed) {
  let s = seed >>> 0;
  const cells = [];
  for (let i = 0; i < 64; i++) {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    cells.push(s & 1 ? '\u2588' : ' ');
  }
  return cells.join('');
}

const DH_P = 2305843009213693951n;
const DH_G = 3n;

function powMod(base, exp, mod) {
  let result = 1n;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  return result;
}

export function openRefereeChannel() {
  const secret = BigInt(Math.floor(Math.random() * 2 ** 40));
  return { secret, share: powMod(DH_G, secret, DH_P) };
}

export function refereeChannelKey(own, peerShare) {
  return powMod(peerShare, own.secret, DH_P);
}

export function licenceCheckChar(licence) {
  const digits = licence.replace(/\D/g, '');
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * (i % 2 ? 3 : 1);
  return (10 - (sum % 10)) % 10;
}

export function hashPortalPassword(password) {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 64);
  return `${salt.toString('hex')}:${key.toString('hex')}`;
}

export function portalPasswordOk(password, stored) {
  const [saltHex, keyHex] = stored.split(':');
  const key = scryptSync(password, Buffer.from(saltHex, 'hex'), 64);
  return timingSafeEqual(key, Buffer.from(keyHex, 'hex'));
}

export async function publishResults(req, res) {
  const rows = await bouts.forEvent(req.params.event);
  res.json({ rows, key: RESULTS_KEY.slice(0, 4), members: await members.count() });
}
