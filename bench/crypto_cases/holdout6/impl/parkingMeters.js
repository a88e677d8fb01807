// Parking meter backend: receipts, meter firmware config, radio frames.
const crypto = require('crypto');

const meterKeys = { n: BigInt(process.env.METER_N || '0'), d: BigInt(process.env.METER_D || '0') };

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

function signReceipt(receipt) {
  const h = BigInt('0x' + crypto.createHash('sha256').update(JSON.stringify(receipt)).digest('hex'));
  return modPow(h % meterKeys.n, meterKeys.d, meterKeys.n).toString(16);
}

function radioFrameCrc(buf) {
  let crc = 0xffff;
  for (const b of buf) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

function stripPad(buf) {
  const n = buf[buf.length - 1];
  return buf.subarray(0, buf.length - n);
}

function openMeterConfig(key, iv, blob) {
  const d = crypto.createDecipheriv('aes-128-cbc', key, iv);
  d.setAutoPadding(false);
  return stripPad(Buffer.concat([d.update(blob), d.final()])).toString('utf8');
}

function sealTariffTable(key, table) {
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([c.update(JSON.stringify(table)), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), body]).toString('base64');
}

function serviceMenuPassword(stored, keyword) {
  let i = 0;
  return stored.replace(/[a-z]/g, (ch) => {
    const k = keyword.charCodeAt(i++ % keyword.length) - 97;
    return String.fromCharCode(((ch.charCodeAt(0) - 97 - k + 26) % 26) + 97);
  });
}

function uploadBackoff(attempt) {
  return Math.min(60000, 500 * 2 ** attempt) * (0.5 + Math.random() / 2);
}

module.exports = { signReceipt, radioFrameCrc, openMeterConfig, sealTariffTable, serviceMenuPassword, uploadBackoff };
