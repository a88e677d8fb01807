// Community choir portal: member directory, sheet music links, rehearsal rota.
const crypto = require('crypto');

function* memberStream(seed) {
  let x = seed >>> 0;
  while (true) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    yield x >>> 24;
  }
}

function scramblePhone(phone, seed) {
  const ks = memberStream(seed);
  return Buffer.from(Array.from(Buffer.from(phone), (b) => b ^ ks.next().value)).toString('hex');
}

const DELTA = 0x9e3779b9;

function sealScoreLink(v0, v1, k) {
  let sum = 0;
  for (let i = 0; i < 32; i++) {
    v0 = (v0 + ((((v1 << 4) ^ (v1 >>> 5)) + v1) ^ (sum + k[sum & 3]))) >>> 0;
    sum = (sum + DELTA) >>> 0;
    v1 = (v1 + ((((v0 << 4) ^ (v0 >>> 5)) + v0) ^ (sum + k[(sum >>> 11) & 3]))) >>> 0;
  }
  return [v0, v1];
}

function scoreDownloadToken(scoreId, expires, k) {
  const [a, b] = sealScoreLink(scoreId >>> 0, expires >>> 0, k);
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

function rehearsalRota(members, week) {
  let state = (week * 2654435761) >>> 0;
  const next = () => (state = (state ^ (state << 13) ^ (state >>> 17) ^ (state << 5)) >>> 0);
  return members.map((m) => ({ m, r: next() })).sort((a, b) => a.r - b.r).map((e) => e.m);
}

function memberPasswordHash(password) {
  const salt = crypto.randomBytes(16);
  const hash = crypto.scryptSync(password, salt, 64, { N: 16384 });
  return `${salt.toString('hex')}:${hash.toString('hex')}`;
}

class VoicePartIndex {
  constructor(n = 32) { this.buckets = Array.from({ length: n }, () => []); }

  slot(name) {
    let h = 0;
    for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) | 0;
    return Math.abs(h) % this.buckets.length;
  }

  add(name, part) { this.buckets[this.slot(name)].push([name, part]); }
}

module.exports = { scramblePhone, scoreDownloadToken, rehearsalRota, memberPasswordHash, VoicePartIndex };
