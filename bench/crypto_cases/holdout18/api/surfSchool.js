'use strict';
// Longsands surf school: instructor logins, lesson bookings, wetsuit hire deposits and the tide webhook.

const crypto = require('crypto');
const express = require('express');
const { instructors, bookings, deposits } = require('./surfDb');
const { TIDE_HOOK_KEY, DEPOSIT_KEY, SESSION_SALT } = require('./config');

const app = express();
app.use(express.json());

function lessonReference() {
  return crypto.randomUUID();
}

function hireVoucher() {
  return crypto.randomHex(16);
}

function wetsuitLockerPin() {
  return String(crypto.randomInt(0, 1000000)).padStart(6, '0');
}

function hashInstructorPassword(password) {
  const salt = crypto.randomBytes(16);
  const key = crypto.scryptSync(password, salt, 64);
  return `${salt.toString('hex')}$${key.toString('hex')}`;
}

function instructorPasswordOk(password, stored) {
  const [saltHex, keyHex] = stored.split('$');
  const key = crypto.scryptSync(password, Buffer.from(saltHex, 'hex'), 64);
  return crypto.timingSafeEqual(key, Buffer.from(keyHex, 'hex'));
}

function sessionCookieOk(cookie, expected) {
  return crypto.timingSafeCompare(Buffer.from(cookie), Buffer.from(expected));
}

function tideHookSigned(rawBody, signature) {
  const mac = crypto.createHmac('sha256', TIDE_HOOK_KEY);
  mac.update(rawBody);
  return mac.verify(Buffer.from(signature, 'hex'));
}

function bookingDigest(booking) {
  return crypto.createHash('sha256').update(JSON.stringify(booking)).digest('base64url');
}

function sessionKey(password) {
  return crypto.pbkdf2Sync(password, SESSION_SALT, 600000, 32, 'sha256');
}

function sealDeposit(cardRef) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', DEPOSIT_KEY, iv);
  cipher.setAAD(Buffer.from('deposit'));
  const body = Buffer.concat([cipher.update(cardRef, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function openDeposit(sealed) {
  const decipher = crypto.createDecipheriv('aes-256-gcm', DEPOSIT_KEY, sealed.subarray(0, 12));
  decipher.setAuthTagLength(16);
  decipher.setAAD(Buffer.from('deposit'));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
}

function receiptKeys() {
  return crypto.generateKeyPairSync('ed25519');
}

function signReceipt(privateKey, receipt) {
  return crypto.sign(null, Buffer.from(receipt), privateKey).toString('base64');
}

app.post('/hooks/tide', express.raw({ type: '*/*' }), (req, res) => {
  if (!tideHookSigned(req.body, req.get('X-Tide-Signature') || '')) return res.sendStatus(401);
  res.sendStatus(204);
});

app.post('/bookings', async (req, res) => {
  const ref = lessonReference();
  await bookings.insert({ ref, ...req.body, digest: bookingDigest(req.body) });
  res.status(201).json({ ref, voucher: hireVoucher(), pin: wetsuitLockerPin() });
});

app.post('/deposits', async (req, res) => {
  await deposits.insert({ sealed: sealDeposit(req.body.cardRef) });
  res.sendStatus(201);
});

module.exports = {
  app, hashInstructorPassword, instructorPasswordOk, sessionCookieOk, sessionKey, openDeposit,
  receiptKeys, signReceipt, instructors,
};
