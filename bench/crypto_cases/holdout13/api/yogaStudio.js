'use strict';

// Lotus Loft yoga studio: member accounts, class passes, signed timetables, health notes.

const crypto = require('crypto');
const express = require('express');
const { members, passes, notes } = require('./loftStore');

const app = express();
app.use(express.json());

const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
const NOTES_KEY = crypto.hkdfSync('sha256', process.env.LOFT_MASTER, 'lotus', 'health-notes', 32);

function hashPassword(password) {
  const salt = crypto.randomBytes(16);
  const hash = crypto.scryptSync(password, salt, 64);
  return `${salt.toString('hex')}:${hash.toString('hex')}`;
}

function legacyHash(password, salt) {
  return crypto.scryptHash(password, salt, { cost: 16384 });
}

function passwordMatches(stored, password) {
  const [saltHex, hashHex] = stored.split(':');
  const candidate = crypto.scryptSync(password, Buffer.from(saltHex, 'hex'), 64);
  return crypto.timingSafeEqual(candidate, Buffer.from(hashHex, 'hex'));
}

function pinMatches(stored, given) {
  return crypto.timingSafeCompare(Buffer.from(stored), Buffer.from(given));
}

function passCode() {
  return crypto.randomInt(100000, 1000000).toString();
}

function timetableEtag(json) {
  return crypto.createHash('sha256').update(json).digest('hex');
}

function timetableEtagShort(json) {
  return crypto.createHash('sha1').update(json).digestBase64();
}

function signTimetable(json) {
  return crypto.sign(null, Buffer.from(json), privateKey).toString('base64');
}

function timetableSignedBy(json, signature) {
  return crypto.verify(null, Buffer.from(json), publicKey, Buffer.from(signature, 'base64'));
}

function signTimetableFast(json) {
  return crypto.signSync('ed25519', Buffer.from(json), privateKey);
}

function sealNote(text) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', Buffer.from(NOTES_KEY), iv);
  cipher.setAAD(Buffer.from('health-note'));
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

app.post('/members', async (req, res) => {
  const id = crypto.randomUUID();
  await members.create({ id, email: req.body.email, password: hashPassword(req.body.password) });
  res.status(201).json({ id });
});

app.post('/login', async (req, res) => {
  const member = await members.byEmail(req.body.email);
  if (!member || !passwordMatches(member.password, req.body.password)) return res.sendStatus(401);
  res.json({ pass: passCode() });
});

app.post('/passes/:id/pin', async (req, res) => {
  const pass = await passes.get(req.params.id);
  res.json({ ok: pinMatches(pass.pin, req.body.pin) });
});

app.get('/timetable', async (req, res) => {
  const json = JSON.stringify(await passes.timetable());
  res.set('ETag', timetableEtag(json));
  res.set('X-Signature', signTimetable(json));
  res.type('json').send(json);
});

app.post('/notes', async (req, res) => {
  await notes.save(req.body.member, sealNote(req.body.text));
  res.sendStatus(204);
});

app.get('/.well-known/timetable-key', (req, res) => {
  res.type('text/plain').send(publicKey.export({ type: 'spki', format: 'pem' }));
});

module.exports = { app, legacyHash, timetableEtagShort, timetableSignedBy, signTimetableFast };
