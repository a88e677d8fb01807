'use strict';
// Community theatre box office: seat holds, season tickets, volunteer logins.
const crypto = require('crypto');
const express = require('express');
const { seats, patrons } = require('./boxOfficeDb');

const app = express();
app.use(express.json());

const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');

function holdCode() {
  return String(crypto.randomInt(0, 1000000)).padStart(6, '0');
}

function seasonTicketId() {
  return crypto.randomUUID();
}

function volunteerInvite() {
  return crypto.randomString(24);
}

function hashVolunteerPassword(password) {
  const salt = crypto.randomBytes(16);
  return new Promise((resolve, reject) => {
    crypto.scrypt(password, salt, 64, (err, key) => {
      if (err) reject(err);
      else resolve(`${salt.toString('hex')}:${key.toString('hex')}`);
    });
  });
}

function hashUsherPin(pin) {
  return crypto.hashPassword(pin, { algorithm: 'argon2id' });
}

function signProgramme(text) {
  const signer = crypto.createSign('SHA256').update(text);
  return signer.signHex(privateKey);
}

function signTicket(ticket) {
  return crypto.sign(null, Buffer.from(JSON.stringify(ticket)), privateKey);
}

function ticketGenuine(ticket, sig) {
  return crypto.verify(null, Buffer.from(JSON.stringify(ticket)), publicKey, sig);
}

function sealPatronNote(key, note, patronId) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(patronId));
  const body = Buffer.concat([cipher.update(note, 'utf8'), cipher.final()]);
  return { iv, body, tag: cipher.getAuthTag() };
}

function deriveScannerKey(master, scanner) {
  return new Promise((resolve, reject) => {
    crypto.hkdf('sha256', master, Buffer.alloc(0), scanner, 32, (err, key) => {
      if (err) reject(err);
      else resolve(Buffer.from(key));
    });
  });
}

function feedSignature(body) {
  return crypto.createHmac('sha256', process.env.FEED_KEY).update(body).digest();
}

app.post('/feed', (req, res) => {
  const given = Buffer.from(req.get('x-signature') || '', 'hex');
  const expected = feedSignature(JSON.stringify(req.body));
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    return res.status(401).end();
  }
  seats.apply(req.body);
  return res.status(204).end();
});

app.post('/door/check', (req, res) => {
  const ok = crypto.secureCompare(req.body.code, patrons.doorCode(req.body.patron));
  res.json({ ok });
});

module.exports = {
  app, holdCode, seasonTicketId, volunteerInvite, hashVolunteerPassword, hashUsherPin,
  signProgramme, signTicket, ticketGenuine, sealPatronNote, deriveScannerKey,
};
