'use strict';

const crypto = require('crypto');
const express = require('express');
const { arenaDb } = require('./arenaDb');
const config = require('./config');

const router = express.Router();

function newVestId() {
  return crypto.randomUUID();
}

function newBookingRef() {
  return 'LT-' + crypto.randomInt(100000, 1000000);
}

function newPartyInviteCode() {
  return crypto.randomString(24);
}

function hashStaffPin(pin, salt = crypto.randomBytes(16)) {
  const key = crypto.scryptSync(pin, salt, 32);
  return `${salt.toString('hex')}.${key.toString('hex')}`;
}

function staffPinOk(pin, stored) {
  const [saltHex, keyHex] = stored.split('.');
  const key = crypto.scryptSync(pin, Buffer.from(saltHex, 'hex'), 32);
  return crypto.timingSafeEqual(key, Buffer.from(keyHex, 'hex'));
}

function scoreboardTag(payload) {
  return crypto.createHmac('sha256', config.scoreKey).update(payload).digest('hex');
}

function scoreboardTagOk(payload, tag) {
  const mac = crypto.createHmac('sha256', config.scoreKey).update(payload);
  return mac.verify(Buffer.from(tag, 'hex'));
}

function kioskTokenOk(presented) {
  return crypto.constantTimeEqual(Buffer.from(presented), Buffer.from(config.kioskToken));
}

function encryptWaiver(text) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', config.waiverKey, iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return Buffer.concat([iv, tag, body]).toString('base64');
}

function encryptWaiverLegacy(text) {
  const cipher = crypto.createCipheriv('aes-256-gcm', config.waiverKey, crypto.randomBytes(12));
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([cipher.getIV(), cipher.getAuthTag(), body]).toString('base64');
}

function photoFingerprint(buffer) {
  return crypto.createHash('sha256').update(buffer).digest('hex');
}

const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');

function signLeaderboard(json) {
  return crypto.sign(null, Buffer.from(json), privateKey).toString('base64');
}

function leaderboardGenuine(json, sig) {
  return crypto.verify(null, Buffer.from(json), publicKey, Buffer.from(sig, 'base64'));
}

router.post('/bookings', async (req, res) => {
  const ref = newBookingRef();
  await arenaDb.bookings.insert({ ref, party: req.body.party, invite: newPartyInviteCode() });
  res.status(201).json({ ref });
});

router.post('/scores', express.text(), async (req, res) => {
  if (!scoreboardTagOk(req.body, req.get('x-score-tag') || '')) return res.sendStatus(401);
  await arenaDb.scores.insert(JSON.parse(req.body));
  res.sendStatus(204);
});

router.post('/kiosk/unlock', (req, res) => {
  if (!kioskTokenOk(req.get('x-kiosk-token') || '')) return res.sendStatus(403);
  res.json({ vest: newVestId(), leaderboard: signLeaderboard('[]') });
});

module.exports = {
  router, hashStaffPin, staffPinOk, scoreboardTag, encryptWaiver, encryptWaiverLegacy,
  photoFingerprint, leaderboardGenuine,
};
