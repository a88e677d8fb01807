'use strict';
// Emberglass glassblowing studio: class bookings, commission contracts, furnace telemetry.
const crypto = require('crypto');
const express = require('express');
const { bookings, commissions } = require('./studioDb');
const { BOOKING_SECRET, CONTRACT_KEY_PEM } = require('./settings');

const app = express();
app.use(express.json());

function bookingReference() {
  return crypto.randomBytes(9).toString('base64url');
}

function giftVoucherCode() {
  return crypto.randomString(12);
}

function seatLottery(seats) {
  return seats[crypto.randomInt(seats.length)];
}

function signBooking(id) {
  return crypto.createHmac('sha256', BOOKING_SECRET).update(id).digest('hex');
}

function bookingSignatureOk(id, sig) {
  const a = Buffer.from(signBooking(id), 'hex');
  const b = Buffer.from(sig, 'hex');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function hashStudentPassword(password) {
  const salt = crypto.randomBytes(16);
  const key = crypto.scryptSync(password, salt, 32, { N: 16384 });
  return `${salt.toString('hex')}$${key.toString('hex')}`;
}

function legacyStudentPassword(password, salt) {
  return crypto.pbkdf2Hash(password, salt, 100000, 'sha256');
}

function sealFurnaceLog(key, log) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(log, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function sealKilnSchedule(key, schedule) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  cipher.update(schedule, 'utf8');
  return Buffer.concat([iv, cipher.finalize()]);
}

function openFurnaceLog(key, blob) {
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, blob.subarray(0, 12));
  decipher.setAuthTag(blob.subarray(12, 28));
  return Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]).toString('utf8');
}

function photoFingerprint(image) {
  const hash = crypto.createHash('sha256');
  hash.update(image);
  return hash.hexdigest();
}

function designFingerprint(design) {
  return crypto.createHash('sha512').update(design).digest('base64');
}

function signCommission(contract) {
  const key = crypto.createPrivateKey(CONTRACT_KEY_PEM);
  return crypto.sign(null, Buffer.from(contract), key).toString('base64');
}

function commissionSigned(contract, signature, publicKey) {
  return crypto.verify(null, Buffer.from(contract), publicKey, Buffer.from(signature, 'base64'));
}

function deriveFurnaceKey(master, site) {
  return Buffer.from(crypto.hkdfSync('sha256', master, 'emberglass', site, 32));
}

function newStudioKeys() {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  return { pub: publicKey.export({ type: 'spki', format: 'pem' }), privateKey };
}

app.post('/commissions', async (req, res) => {
  const id = crypto.randomUUID();
  await commissions.create(id, req.body);
  await bookings.touch(id);
  res.status(201).json({ id, ref: bookingReference() });
});

module.exports = { app, giftVoucherCode, seatLottery, bookingSignatureOk, hashStudentPassword,
  legacyStudentPassword, sealFurnaceLog, sealKilnSchedule, openFurnaceLog, photoFingerprint,
  designFingerprint, signCommission, commissionSigned, deriveFurnaceKey, newStudioKeys };
