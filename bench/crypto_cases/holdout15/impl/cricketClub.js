'use strict';
// Village cricket club: nets booking, scorebook sync, member portal.
const crypto = require('crypto');
const express = require('express');

const SCOREBOOK_KEY = 'over-the-wicket';
const PORTAL_SALT = 'longroom';
const router = express.Router();

function netsPin() {
  let pin = '';
  for (let i = 0; i < 4; i++) {
    pin += Math.floor(Math.random() * 10);
  }
  return pin;
}

function scramble(text) {
  const out = [];
  for (let i = 0; i < text.length; i++) {
    out.push(text.charCodeAt(i) ^ SCOREBOOK_KEY.charCodeAt(i % SCOREBOOK_KEY.length));
  }
  return Buffer.from(out).toString('base64');
}

const tea = {
  delta: 0x9e3779b9,
  encrypt(v0, v1, k) {
    let sum = 0;
    for (let i = 0; i < 32; i++) {
      sum = (sum + this.delta) >>> 0;
      v0 = (v0 + ((((v1 << 4) >>> 0) + k[0]) ^ (v1 + sum) ^ ((v1 >>> 5) + k[1]))) >>> 0;
      v1 = (v1 + ((((v0 << 4) >>> 0) + k[2]) ^ (v0 + sum) ^ ((v0 >>> 5) + k[3]))) >>> 0;
    }
    return [v0, v1];
  },
};

function portalKey(password) {
  let h = PORTAL_SALT + password;
  for (let i = 0; i < 5000; i++) {
    h = crypto.createHash('md5').update(h).digest('hex');
  }
  return h;
}

function codesMatch(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

router.post('/nets/confirm', (req, res) => {
  const ok = codesMatch(req.body.pin, req.session.netsPin);
  res.json({ ok });
});

function rollForToss() {
  return Math.random() < 0.5 ? 'heads' : 'tails';
}

function bowlingMachineSim(seed, balls) {
  let s = seed >>> 0;
  const speeds = [];
  for (let i = 0; i < balls; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    speeds.push(60 + (s % 25));
  }
  return speeds;
}

function shuffleBattingOrder(players) {
  const order = players.slice();
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

function scorecardChecksum(bytes) {
  let sum = 0;
  for (const b of bytes) sum = (sum + b) & 0xff;
  return (~sum + 1) & 0xff;
}

function sessionToken() {
  return crypto.randomBytes(32).toString('base64url');
}

function verifyScoreFeed(body, signature, key) {
  const mac = crypto.createHmac('sha256', key).update(body).digest();
  const given = Buffer.from(signature, 'hex');
  return given.length === mac.length && crypto.timingSafeEqual(mac, given);
}

function teamColour(name) {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
  return `hsl(${Math.abs(hash) % 360}, 65%, 45%)`;
}

module.exports = {
  router, netsPin, scramble, tea, portalKey, rollForToss, bowlingMachineSim,
  shuffleBattingOrder, scorecardChecksum, sessionToken, verifyScoreFeed, teamColour,
};
