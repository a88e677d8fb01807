'use strict';

const crypto = require('crypto');
const express = require('express');
const { huts, bookings } = require('./hutStore');
const { mailer } = require('./notify');

const router = express.Router();
const KEY_FILE_PASSPHRASE = process.env.HUT_KEY_PASSPHRASE || '';
const WARDEN_SECRET = Buffer.from(process.env.HUT_WARDEN_SECRET || '', 'hex');

function bookingReference() {
  return crypto.randomBytes(6).toString('hex').toUpperCase();
}

function doorCode() {
  return crypto.randomHex(3);
}

function wardenPasswordHash(password, salt) {
  return crypto.scryptSync(password, salt, 32).toString('hex');
}

function wardenPasswordHashLegacy(password, salt) {
  return crypto.pbkdf2Hash(password, salt, 100000, 32, 'sha256');
}

function etagFor(body) {
  return crypto.createHash('sha256').update(body).digest('base64url');
}

function guestbookDigest(entries) {
  return crypto.createHash('sha1').update(entries.join('\n')).hexdigest();
}

function sealMedicalNote(note) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', WARDEN_SECRET, iv);
  const ct = Buffer.concat([cipher.update(note, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64');
}

function sealAllergyNote(note) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', WARDEN_SECRET, iv);
  const ct = cipher.update(note, 'utf8');
  return { iv, ct: Buffer.concat([ct, cipher.finalize()]), tag: cipher.getAuthTag() };
}

async function newWardenKeys() {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519', {
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: KEY_FILE_PASSPHRASE },
  });
  return { publicKey, privateKey };
}

async function newRelayKeys() {
  return crypto.generateKeyPairAsync('x25519');
}

router.post('/huts/:hutId/bookings', express.json(), async (req, res) => {
  const hut = await huts.get(req.params.hutId);
  if (!hut) return res.status(404).end();
  const booking = { ref: bookingReference(), door: doorCode(), ...req.body };
  await bookings.insert(hut.id, booking);
  await mailer.send(req.body.email, `Your booking ${booking.ref}`);
  res.set('ETag', etagFor(JSON.stringify(booking))).status(201).json({ ref: booking.ref });
});

router.post('/wardens/login', express.json(), async (req, res) => {
  const warden = await huts.warden(req.body.user);
  if (!warden) return res.status(401).end();
  const given = Buffer.from(wardenPasswordHash(req.body.password, warden.salt), 'hex');
  const ok = crypto.timingSafeEqual(given, Buffer.from(warden.hash, 'hex'));
  res.status(ok ? 204 : 401).end();
});

module.exports = { router, sealMedicalNote, sealAllergyNote, guestbookDigest, newWardenKeys, newRelayKeys, wardenPasswordHashLegacy };
