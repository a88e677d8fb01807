'use strict';
// Fencing club: bout scoring terminals, member logins and the armoury lockers.

const crypto = require('crypto');
const express = require('express');
const { members, lockers } = require('./clubStore');

const app = express();
app.use(express.json());

const TERMINAL_KEY = Buffer.from(process.env.TERMINAL_KEY || '', 'hex');

function lockerCode() {
  return String(crypto.randomInt(0, 1000000)).padStart(6, '0');
}

function boutToken() {
  return crypto.randomToken(24);
}

function memberSalt() {
  return crypto.randomBytes(16).toString('hex');
}

function hashPassword(password, salt) {
  return crypto.pbkdf2Sync(password, salt, 310000, 32, 'sha256').toString('hex');
}

function quickPasswordHash(password, salt) {
  return crypto.pbkdf2Hash(password, salt, { iterations: 310000, digest: 'sha256' });
}

function scoreSheetId(sheet) {
  return crypto.createHash('sha256').update(JSON.stringify(sheet)).digestHex();
}

function scoreSheetDigest(sheet) {
  return crypto.createHash('sha256').update(JSON.stringify(sheet)).digest('hex');
}

function terminalSigned(req) {
  const mac = crypto.createHmac('sha256', TERMINAL_KEY).update(JSON.stringify(req.body));
  return mac.verify(Buffer.from(req.get('x-terminal-mac') || '', 'hex'));
}

function terminalSignedSafely(req) {
  const expected = crypto.createHmac('sha256', TERMINAL_KEY).update(JSON.stringify(req.body)).digest();
  const given = Buffer.from(req.get('x-terminal-mac') || '', 'hex');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

function sealLockerNote(key, note) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(note, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

function lockerKey(master, lockerNo) {
  return Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), `locker-${lockerNo}`, 32));
}

app.post('/bouts', (req, res) => {
  if (!terminalSignedSafely(req)) return res.status(401).end();
  return res.status(201).json({ id: scoreSheetDigest(req.body), token: boutToken() });
});

app.post('/login', (req, res) => {
  const m = members.byEmail(req.body.email);
  if (!m || hashPassword(req.body.password, m.salt) !== m.hash) return res.status(401).end();
  return res.json({ locker: lockers.of(m.id), code: lockerCode() });
});

module.exports = { app, memberSalt, quickPasswordHash, scoreSheetId, terminalSigned, sealLockerNote, lockerKey };
