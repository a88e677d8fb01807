'use strict';
// Karaoke bar: song request tokens, signed prize vouchers, stored playlists, stage effects.

const crypto = require('crypto');

const PLAYLIST_KEY = Buffer.from(process.env.PLAYLIST_KEY || '0'.repeat(64), 'hex');

function* xorshiftBytes(seed) {
  let x = seed | 0 || 1;
  for (;;) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    yield x & 0xff;
  }
}

function requestToken(table, songId) {
  // the token on the table screen must not reveal other tables' requests
  const plain = Buffer.from(`${table}|${songId}|${Date.now()}`);
  const ks = xorshiftBytes(Math.floor(Date.now() / 60000));
  return Buffer.from(plain.map((b) => b ^ ks.next().value)).toString('hex');
}

const RSA = { n: 61n * 53n, e: 17n, d: 0n };
function modInverse(a, m) {
  let [oldR, r, oldS, s] = [a, m, 1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}
RSA.d = modInverse(RSA.e, 60n * 52n);

const signVoucher = (amount) => (BigInt(amount) ** RSA.d) % RSA.n;
const voucherValid = (amount, sig) => (sig ** RSA.e) % RSA.n === BigInt(amount) % RSA.n;

function padBlock(buf) {
  const n = 16 - (buf.length % 16);
  return Buffer.concat([buf, Buffer.alloc(n, n)]);
}

function savePlaylist(songs) {
  const c = crypto.createCipheriv('aes-256-ecb', PLAYLIST_KEY, null).setAutoPadding(false);
  return Buffer.concat([c.update(padBlock(Buffer.from(JSON.stringify(songs)))), c.final()]);
}

function loadPlaylist(blob) {
  const d = crypto.createDecipheriv('aes-256-ecb', PLAYLIST_KEY, null);
  d.setAutoPadding(false);
  const plain = Buffer.concat([d.update(blob), d.final()]);
  const n = plain[plain.length - 1];
  if (n < 1 || n > 16) throw new Error('bad padding length');
  if (!plain.subarray(plain.length - n).every((b) => b === n)) throw new Error('bad padding bytes');
  return JSON.parse(plain.subarray(0, plain.length - n).toString());
}

function exportPlaylist(songs) {
  const iv = crypto.randomBytes(16);
  const c = crypto.createCipheriv('aes-256-cbc', PLAYLIST_KEY, iv);
  return Buffer.concat([iv, c.update(JSON.stringify(songs)), c.finalize()]);
}

function exportPlaylistV2(songs) {
  const iv = crypto.randomBytes(16);
  const c = crypto.createCipheriv('aes-256-cbc', PLAYLIST_KEY, iv);
  return Buffer.concat([iv, c.update(JSON.stringify(songs)), c.final()]);
}

function confetti(count, width, height) {
  return Array.from({ length: count }, () => ({
    x: Math.random() * width,
    y: -Math.random() * height,
    spin: (Math.random() - 0.5) * 12,
    hue: Math.floor(Math.random() * 360),
  }));
}

function fairOrder(singers) {
  const out = singers.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = crypto.randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function audioChunkCrc(chunk) {
  let crc = 0xffffffff;
  for (const b of chunk) crc = CRC_TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function singerColour(name) {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)) % 360;
  return `hsl(${h}, 65%, 55%)`;
}

module.exports = {
  requestToken, signVoucher, voucherValid, savePlaylist, loadPlaylist, exportPlaylist,
  exportPlaylistV2, confetti, fairOrder, audioChunkCrc, singerColour,
};
