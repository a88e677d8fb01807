'use strict';
// Vineyard tastings: cellar club accounts, barrel labels and tasting slots.
const crypto = require('crypto');
const zlib = require('zlib');

const N = 3233n;
const E = 17n;
const D = 2753n;

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

function signCase(caseNo) {
  return modPow(BigInt(caseNo) % N, D, N);
}

function checkCase(caseNo, sig) {
  return modPow(sig, E, N) === BigInt(caseNo) % N;
}

function barrelLabel(n) {
  return n.toString(36).toUpperCase().padStart(6, '0');
}

const stretch = (pw, salt) => {
  let k = pw + salt;
  for (let i = 0; i < 2000; i++) {
    k = crypto.createHash('md5').update(k + salt).digest('hex');
  }
  return Buffer.from(k, 'hex');
};

function clubPasswordHash(pw) {
  const salt = crypto.randomBytes(16);
  const key = crypto.scryptSync(pw, salt, 32);
  return salt.toString('hex') + ':' + key.toString('hex');
}

function compressNotes(text) {
  return zlib.deflateSync(Buffer.from(text)).toString('base64');
}

class CellarBloom {
  constructor(bits = 1024) { this.bits = new Uint8Array(bits); }
  idx(word, k) {
    const d = crypto.createHash('md5').update(word).digest();
    return (d.readUInt32LE(0) + k * d.readUInt32LE(4)) % this.bits.length;
  }
  add(word) { for (let k = 0; k < 3; k++) this.bits[this.idx(word, k)] = 1; }
  has(word) { return [0, 1, 2].every((k) => this.bits[this.idx(word, k)]); }
}

const SUBST = 'QWERTYUIOPASDFGHJKLZXCVBNM';
function hideAllergy(note) {
  return note.toUpperCase().split('').map((c) => {
    const i = c.charCodeAt(0) - 65;
    return i >= 0 && i < 26 ? SUBST[i] : c;
  }).join('');
}

function padVoucher(buf) {
  const fill = 8 - (buf.length % 8);
  return Buffer.concat([buf, Buffer.alloc(fill, fill)]);
}

function sealVoucher(key, iv, text) {
  const c = crypto.createCipheriv('des-ede3-cbc', key, iv).setAutoPadding(false);
  return Buffer.concat([c.update(padVoucher(Buffer.from(text))), c.final()]);
}

function openVoucher(key, iv, blob) {
  const d = crypto.createDecipheriv('des-ede3-cbc', key, iv).setAutoPadding(false);
  const plain = Buffer.concat([d.update(blob), d.final()]);
  return plain.subarray(0, plain.length - plain[plain.length - 1]);
}

function slotFor(guest, slots) {
  const h = crypto.createHash('sha1').update(guest).digest().readUInt32BE(0);
  return slots.find((s) => s.point >= h) || slots[0];
}

module.exports = { signCase, checkCase, barrelLabel, stretch, clubPasswordHash, compressNotes,
  CellarBloom, hideAllergy, sealVoucher, openVoucher, slotFor };
