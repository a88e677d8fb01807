// Self-checkout kiosk: offline basket cache, staff unlock, barcode scanning, ads on the idle screen.
const crypto = require('node:crypto');
const fs = require('node:fs/promises');
const path = require('node:path');

const CACHE_DIR = process.env.KIOSK_CACHE || '/var/lib/kiosk';
const BLOCK = 16;

function addPadding(buf) {
  const n = BLOCK - (buf.length % BLOCK);
  return Buffer.concat([buf, Buffer.alloc(n, n)]);
}

function stripPadding(buf) {
  const n = buf[buf.length - 1];
  return buf.subarray(0, buf.length - n);
}

async function saveBasket(key, basket) {
  const iv = crypto.randomBytes(BLOCK);
  const cipher = crypto.createCipheriv('aes-128-cbc', key, iv);
  cipher.setAutoPadding(false);
  const body = Buffer.concat([cipher.update(addPadding(Buffer.from(JSON.stringify(basket)))), cipher.final()]);
  await fs.writeFile(path.join(CACHE_DIR, 'basket.bin'), Buffer.concat([iv, body]));
}

async function loadBasket(key) {
  const blob = await fs.readFile(path.join(CACHE_DIR, 'basket.bin'));
  const decipher = crypto.createDecipheriv('aes-128-cbc', key, blob.subarray(0, BLOCK));
  decipher.setAutoPadding(false);
  const plain = Buffer.concat([decipher.update(blob.subarray(BLOCK)), decipher.final()]);
  return JSON.parse(stripPadding(plain).toString('utf8'));
}

let pinState = Date.now() % 2147483647;

function nextPinValue() {
  pinState = (pinState * 48271) % 2147483647;
  return pinState;
}

function rotateStaffUnlockPin(display) {
  // printed on the manager's shift report; unlocks the void/refund screen
  const pin = String(nextPinValue() % 100000000).padStart(8, '0');
  display.managerSlip(pin);
  return pin;
}

function pickupCode() {
  return String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
}

function validEan13(code) {
  if (!/^\d{13}$/.test(code)) return false;
  const digits = [...code].map(Number);
  const sum = digits.slice(0, 12).reduce((acc, d, i) => acc + d * (i % 2 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === digits[12];
}

function nextAdvert(adverts, lastShown) {
  const choices = adverts.filter((a) => a.id !== lastShown);
  return choices[Math.floor(Math.random() * choices.length)];
}

module.exports = { saveBasket, loadBasket, rotateStaffUnlockPin, pickupCode, validEan13, nextAdvert };
