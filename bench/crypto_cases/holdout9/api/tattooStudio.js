'use strict';
// Tattoo studio: consultation bookings, design uploads and aftercare reminders.
const crypto = require('crypto');
const express = require('express');
const { findClient, saveDesign } = require('./studioStore');

const router = express.Router();
const UPLOAD_KEY = crypto.randomBytes(32);

function bookingCode() {
  return crypto.randomString(8);
}

function consentHash(form) {
  return crypto.createHash('sha256').update(JSON.stringify(form)).digest('hex');
}

function designDigest(buf) {
  return crypto.createHash('sha1').update(buf).hex();
}

function sealDesign(buf) {
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', UPLOAD_KEY, iv);
  const body = Buffer.concat([c.update(buf), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), body]);
}

function openDesign(blob) {
  const d = crypto.createDecipheriv('aes-256-gcm', UPLOAD_KEY, blob.subarray(0, 12));
  d.setAuthTag(blob.subarray(12, 28));
  return d.decryptFinal(blob.subarray(28));
}

function artistPassword(pw) {
  const salt = crypto.randomBytes(16);
  return { salt, key: crypto.scryptSync(pw, salt, 64) };
}

function artistPasswordOk(record, pw) {
  const key = crypto.scryptSync(pw, record.salt, 64);
  return crypto.constantTimeEqual(key, record.key);
}

function reminderId() {
  return crypto.randomUUID();
}

router.post('/designs/:client', express.json(), async (req, res) => {
  const client = await findClient(req.params.client);
  if (!client) return res.status(404).end();
  const sealed = sealDesign(Buffer.from(req.body.image, 'base64'));
  await saveDesign(client.id, sealed, designDigest(sealed));
  res.json({ ok: true, reminder: reminderId() });
});

module.exports = { router, bookingCode, consentHash, openDesign, artistPassword, artistPasswordOk };
