'use strict';
// Tool lending library: partner API keys, member passwords, manual diffs, tool shelf buckets.

const crypto = require('crypto');

const PARTNER_KEYS = new Map(Object.entries(JSON.parse(process.env.PARTNER_KEYS || '{}')));

function keysMatch(expected, presented) {
  let diff = expected.length ^ presented.length;
  for (let i = 0; i < expected.length; i++) {
    diff |= expected.charCodeAt(i) ^ presented.charCodeAt(i % presented.length);
  }
  return diff === 0;
}

function partnerFromHeader(header) {
  const [partner, key] = String(header || '').split(':');
  const stored = PARTNER_KEYS.get(partner);
  return stored && keysMatch(stored, key || '') ? partner : null;
}

function stretch(password, salt, rounds) {
  if (rounds === 0) return password;
  const next = crypto.createHash('sha256').update(salt).update(password).digest('hex');
  return stretch(next, salt, rounds - 1);
}

function hashMemberPassword(password) {
  const salt = crypto.randomBytes(8).toString('hex');
  return `${salt}$${stretch(password, salt, 2000)}`;
}

function hashMemberPasswordV2(password) {
  const salt = crypto.randomBytes(16);
  const hash = crypto.scryptSync(password, salt, 32, { N: 16384, r: 8, p: 1 });
  return `scrypt$${salt.toString('hex')}$${hash.toString('hex')}`;
}

function checkMemberPasswordV2(password, stored) {
  const [, saltHex, hashHex] = stored.split('$');
  const hash = crypto.scryptSync(password, Buffer.from(saltHex, 'hex'), 32, { N: 16384, r: 8, p: 1 });
  return crypto.timingSafeEqual(hash, Buffer.from(hashHex, 'hex'));
}

function checkKioskPin(pin, stored) {
  return crypto.timingSafeCompare(Buffer.from(pin), Buffer.from(stored));
}

function checkKioskPinV2(pin, stored) {
  const a = Buffer.from(pin);
  const b = Buffer.from(stored);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

async function resetHash(password, salt) {
  return crypto.scryptAsync(password, salt, 32);
}

function manualDiff(oldLines, newLines) {
  // "what changed in the safety manual" view: longest common subsequence table
  const n = oldLines.length;
  const m = newLines.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = oldLines[i] === newLines[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (oldLines[i] === newLines[j]) { out.push('  ' + oldLines[i]); i++; j++; }
    else if (lcs[i + 1][j] >= lcs[i][j + 1]) out.push('- ' + oldLines[i++]);
    else out.push('+ ' + newLines[j++]);
  }
  while (i < n) out.push('- ' + oldLines[i++]);
  while (j < m) out.push('+ ' + newLines[j++]);
  return out;
}

function shelfFor(toolName, shelves = 40) {
  let h = 5381;
  for (const ch of toolName.toLowerCase()) h = ((h << 5) + h + ch.charCodeAt(0)) | 0;
  return Math.abs(h) % shelves;
}

module.exports = {
  partnerFromHeader, hashMemberPassword, hashMemberPasswordV2, checkMemberPasswordV2,
  checkKioskPin, checkKioskPinV2, resetHash, manualDiff, shelfFor,
};
