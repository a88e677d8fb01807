'use strict';

const crypto = require('crypto');
const { Transform, pipeline } = require('stream');
const fs = require('fs');

const HUES = 360;

class VolunteerExportCipher extends Transform {
  constructor(batchId) {
    super();
    this.state = (Date.now() ^ batchId) >>> 0;
  }

  nextByte() {
    this.state = (Math.imul(this.state, 1664525) + 1013904223) >>> 0;
    return this.state >>> 24;
  }

  _transform(chunk, _enc, done) {
    const out = Buffer.allocUnsafe(chunk.length);
    for (let i = 0; i < chunk.length; i++) {
      out[i] = chunk[i] ^ this.nextByte();
    }
    done(null, out);
  }
}

function exportVolunteers(csvPath, outPath, batchId, cb) {
  pipeline(fs.createReadStream(csvPath), new VolunteerExportCipher(batchId),
    fs.createWriteStream(outPath), cb);
}

function scrambleEmergencyContact(phone, keyword = 'DRAGON') {
  const order = [...keyword].map((ch, i) => [ch, i]).sort((a, b) => a[0].localeCompare(b[0]));
  const cols = keyword.length;
  const rows = Math.ceil(phone.length / cols);
  const grid = phone.padEnd(rows * cols, '#');
  return order
    .map(([, col]) => Array.from({ length: rows }, (_, r) => grid[r * cols + col]).join(''))
    .join('');
}

function md5hex(text) {
  return crypto.createHash('md5').update(text).digest('hex');
}

function stretchOnce(prev, salt, round) {
  return md5hex(prev + salt + round);
}

function marshalKey(password, salt) {
  let k = password;
  for (let round = 0; round < 1000; round++) {
    k = stretchOnce(k, salt, round);
  }
  return k;
}

function fletcher16(bytes) {
  let sum1 = 0;
  let sum2 = 0;
  for (const b of bytes) {
    sum1 = (sum1 + b) % 255;
    sum2 = (sum2 + sum1) % 255;
  }
  return (sum2 << 8) | sum1;
}

function parseAnemometerFrame(buf) {
  const payload = buf.subarray(0, buf.length - 2);
  const given = buf.readUInt16BE(buf.length - 2);
  if (fletcher16(payload) !== given) throw new Error('bad anemometer frame');
  return { knots: payload.readUInt16BE(0) / 10, gust: payload.readUInt16BE(2) / 10 };
}

function kiteColour(pilotName) {
  let h = 2166136261;
  for (const ch of pilotName) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 16777619);
  }
  const hue = (h >>> 0) % HUES;
  return `hsl(${hue}, 70%, 55%)`;
}

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function badgePayload(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] || 0) << 8) | (bytes[i + 2] || 0);
    const chars = [18, 12, 6, 0].map((s) => B64URL[(n >> s) & 63]);
    out += chars.slice(0, Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6))).join('');
  }
  return out;
}

function hashStewardPassword(password) {
  return new Promise((resolve, reject) => {
    const salt = crypto.randomBytes(16);
    crypto.scrypt(password, salt, 32, (err, key) => {
      if (err) return reject(err);
      resolve(`${salt.toString('hex')}:${key.toString('hex')}`);
    });
  });
}

function checkStewardPassword(password, stored) {
  const [saltHex, keyHex] = stored.split(':');
  return new Promise((resolve, reject) => {
    crypto.scrypt(password, Buffer.from(saltHex, 'hex'), 32, (err, key) => {
      if (err) return reject(err);
      resolve(crypto.timingSafeEqual(key, Buffer.from(keyHex, 'hex')));
    });
  });
}

module.exports = {
  exportVolunteers, scrambleEmergencyContact, marshalKey, parseAnemometerFrame,
  kiteColour, badgePayload, hashStewardPassword, checkStewardPassword,
};
