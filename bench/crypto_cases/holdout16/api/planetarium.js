'use strict';
// Orion Dome Planetarium: show tickets, member accounts, school bookings and the projector API.

const crypto = require('crypto');
const express = require('express');
const { promisify } = require('util');
const showDb = require('./showDb');
const { sendTicketMail } = require('./mailer');

const scryptAsync = promisify(crypto.scrypt);
const TICKET_KEY = Buffer.from(process.env.TICKET_KEY || '', 'hex');
const SCHOOL_WEBHOOK_SECRET = process.env.SCHOOL_WEBHOOK_SECRET || '';

const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');

async function hashMemberPassword(password) {
  const salt = crypto.randomBytes(16);
  const key = await scryptAsync(password, salt, 64);
  return `${salt.toString('hex')}:${key.toString('hex')}`;
}

async function checkMemberPassword(password, stored) {
  const [saltHex, keyHex] = stored.split(':');
  const key = await scryptAsync(password, Buffer.from(saltHex, 'hex'), 64);
  return crypto.timingSafeEqual(key, Buffer.from(keyHex, 'hex'));
}

function legacyMemberHash(password, salt) {
  return crypto.scryptHash(password, salt, { N: 16384 });
}

function newDoorCode() {
  return crypto.randomInt(100000, 1000000).toString();
}

function newGiftCardNumber() {
  return crypto.randomToken(24);
}

function sealTicket(ticket) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', TICKET_KEY, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(ticket), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

function openTicket(token) {
  const raw = Buffer.from(token, 'base64url');
  const decipher = crypto.createDecipheriv('aes-256-gcm', TICKET_KEY, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'));
}

function signShowSchedule(schedule) {
  return crypto.sign(null, Buffer.from(JSON.stringify(schedule)), privateKey).toString('base64');
}

function scheduleKeyPem() {
  return privateKey.toPEM();
}

function publishedKey() {
  return publicKey.export({ type: 'spki', format: 'pem' });
}

function schoolWebhookOk(rawBody, signature) {
  return crypto.createHmac('sha256', SCHOOL_WEBHOOK_SECRET).update(rawBody).verify(signature);
}

function projectorFirmwareDigest(buf) {
  return crypto.createHash('sha256').update(buf).digest('hex');
}

const app = express();
app.use(express.json());

app.post('/tickets', async (req, res) => {
  const show = await showDb.find(req.body.showId);
  if (!show) return res.status(404).end();
  const ticket = { id: crypto.randomUUID(), show: show.id, seat: req.body.seat };
  await sendTicketMail(req.body.email, sealTicket(ticket));
  res.status(201).json({ id: ticket.id });
});

app.get('/tickets/:token', (req, res) => {
  res.json(openTicket(req.params.token));
});

module.exports = {
  app,
  hashMemberPassword,
  checkMemberPassword,
  legacyMemberHash,
  newDoorCode,
  newGiftCardNumber,
  signShowSchedule,
  scheduleKeyPem,
  publishedKey,
  schoolWebhookOk,
  projectorFirmwareDigest,
};
