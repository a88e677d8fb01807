// Community radio: stream keys for DJs, signed music licences, playlist rotation.
const fs = require('fs');

const DELTA = 0x9e3779b9;

function teaEncryptWords(v0, v1, k) {
  let sum = 0;
  for (let i = 0; i < 32; i++) {
    sum = (sum + DELTA) >>> 0;
    v0 = (v0 + ((((v1 << 4) + k[0]) ^ (v1 + sum) ^ ((v1 >>> 5) + k[1])) >>> 0)) >>> 0;
    v1 = (v1 + ((((v0 << 4) + k[2]) ^ (v0 + sum) ^ ((v0 >>> 5) + k[3])) >>> 0)) >>> 0;
  }
  return [v0, v1];
}

function sealStreamKey(streamKey, stationKeyWords) {
  const buf = Buffer.alloc(Math.ceil(streamKey.length / 8) * 8);
  buf.write(streamKey);
  for (let off = 0; off < buf.length; off += 8) {
    const [a, b] = teaEncryptWords(buf.readUInt32BE(off), buf.readUInt32BE(off + 4), stationKeyWords);
    buf.writeUInt32BE(a, off);
    buf.writeUInt32BE(b, off + 4);
  }
  return buf.toString('hex');
}

const modPow = (base, exp, mod) => {
  let result = 1n;
  base %= mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  return result;
};

const licenceSignature = (trackId, stationId, { n, d }) => {
  const m = BigInt('0x' + Buffer.from(`${trackId}|${stationId}`).toString('hex'));
  return modPow(m, d, n).toString(16);
};

const licenceValid = (trackId, stationId, sigHex, { n, e }) =>
  modPow(BigInt('0x' + sigHex), e, n) === BigInt('0x' + Buffer.from(`${trackId}|${stationId}`).toString('hex'));

function rot13(s) {
  return s.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

function exportDjConfig(dj, path) {
  const cfg = { name: dj.name, server: dj.server, password: rot13(dj.streamPassword) };
  fs.writeFileSync(path, JSON.stringify(cfg, null, 2));
}

function mulberry32(seed) {
  return function () {
    let t = (seed += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weeklyRotation(tracks, weekNumber) {
  const rand = mulberry32(weekNumber);
  return tracks
    .map((t) => ({ t, k: rand() }))
    .sort((a, b) => a.k - b.k)
    .map(({ t }) => t);
}

function scrambleTitle(title, shift) {
  // On-air quiz: listeners unscramble a Caesar-shifted song title for a prize.
  return title
    .toUpperCase()
    .split('')
    .map((c) => (c >= 'A' && c <= 'Z' ? String.fromCharCode(((c.charCodeAt(0) - 65 + shift) % 26) + 65) : c))
    .join('');
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function chunkCrc(buf) {
  let crc = 0xffffffff;
  for (const byte of buf) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

module.exports = { sealStreamKey, licenceSignature, licenceValid, exportDjConfig, weeklyRotation, scrambleTitle, chunkCrc };
