'use strict';
// Harmony Hall community choir: member portal, part-file downloads, sheet-music vault, signed setlists.
const crypto = require('crypto');
const express = require('express');
const { members, sheets } = require('./choirDb');

const app = express();
app.use(express.json());

const VAULT_KEY = Buffer.from(process.env.VAULT_KEY || '', 'hex');
const { privateKey: SETLIST_KEY, publicKey: SETLIST_PUB } = crypto.generateKeyPairSync('ed25519');

function inviteCode() {
  return crypto.randomString(10);
}

function rehearsalId() {
  return crypto.randomUUID();
}

function seatNumber(sectionSize) {
  return crypto.randomInt(1, sectionSize + 1);
}

function fingerprint(buf) {
  return crypto.hash('sha256', buf, 'hex');
}

function rollingDigests(chunks) {
  const h = crypto.createHash('sha256');
  return chunks.map((chunk) => {
    h.update(chunk);
    return h.copy().digest('hex');
  });
}

function partFileTag(memberId, part) {
  const mac = crypto.createHmac('sha256', VAULT_KEY).update(memberId);
  const forPart = mac.copy().update(part).digest('hex');
  return forPart;
}

function tagsEqual(a, b) {
  return crypto.timingSafeCompare(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));
}

function sealSheet(sheetId, pdf) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', VAULT_KEY, iv);
  cipher.setAAD(Buffer.from(sheetId));
  const body = Buffer.concat([cipher.update(pdf), cipher.final()]);
  return { iv, body, tag: cipher.getAuthTag() };
}

function sealSheetWithTag(sheetId, pdf, tag) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', VAULT_KEY, iv);
  cipher.setAuthTag(tag);
  return Buffer.concat([cipher.update(pdf), cipher.final()]);
}

function openSheet(sheetId, { iv, body, tag }) {
  const decipher = crypto.createDecipheriv('aes-256-gcm', VAULT_KEY, iv);
  decipher.setAAD(Buffer.from(sheetId));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]);
}

function sectionKey(section) {
  return Buffer.from(crypto.hkdfSync('sha256', VAULT_KEY, Buffer.alloc(0), `section:${section}`, 32));
}

function portalKey() {
  return crypto.createSecretKey(crypto.randomBytes(32));
}

function signSetlist(setlist) {
  return crypto.sign(null, Buffer.from(JSON.stringify(setlist)), SETLIST_KEY);
}

function setlistGenuine(setlist, signature) {
  return crypto.verify(null, Buffer.from(JSON.stringify(setlist)), SETLIST_PUB, signature);
}

function compressLegacyKey(uncompressedHex) {
  return crypto.ECDH.convertKey(uncompressedHex, 'prime256v1', 'hex', 'hex', 'compressed');
}

app.post('/invites', async (req, res) => {
  const code = inviteCode();
  await members.invite(req.body.email, code, rehearsalId());
  res.status(201).json({ seat: seatNumber(24) });
});

app.get('/parts/:id', async (req, res) => {
  const sheet = await sheets.find(req.params.id);
  if (!tagsEqual(partFileTag(req.query.member, sheet.part), req.query.tag)) {
    return res.sendStatus(403);
  }
  res.type('application/pdf').send(openSheet(sheet.id, sheet.sealed));
});

module.exports = {
  app, fingerprint, rollingDigests, sealSheet, sealSheetWithTag, sectionKey, portalKey,
  signSetlist, setlistGenuine, compressLegacyKey,
};
