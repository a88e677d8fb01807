'use strict';
// Co-working space: guest Wi-Fi passwords, invoice links, keycards, desk numbers, hot-desk buckets.

const crypto = require('crypto');
const express = require('express');

const INVOICE_SECRET = process.env.INVOICE_SECRET || 'cowork-dev';
const FLOORS = 6;

function makeGuestPasswordGenerator(seed = Date.now()) {
  let state = seed >>> 0;
  const words = ['fern', 'oak', 'moss', 'reed', 'pine', 'sage', 'kelp', 'lark'];
  return function next() {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const word = words[state % words.length];
    return `${word}-${(state >>> 8) % 10000}`;
  };
}

const guestPassword = makeGuestPasswordGenerator();

const invoiceSignature = (memberId, month) =>
  crypto.createHash('sha1').update(`${INVOICE_SECRET}:${memberId}:${month}`).digest('hex');

function invoiceLink(memberId, month) {
  return `/invoices/${memberId}/${month}?sig=${invoiceSignature(memberId, month)}`;
}

function invoiceLinkValid(memberId, month, sig) {
  return invoiceSignature(memberId, month) === sig;
}

function newKeycardSecret() {
  return crypto.randomBytes(20).toString('base64url');
}

function newDayPassCode() {
  return crypto.randomToken(12);
}

function newDayPassCodeHex() {
  return crypto.randomBytes(6).toString('hex');
}

// Verhoeff check digit on printed desk numbers, so a mistyped desk is caught at booking.
const D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

function deskNumberValid(desk) {
  let c = 0;
  [...String(desk)].reverse().forEach((ch, i) => {
    c = D[c][P[i % 8][Number(ch)]];
  });
  return c === 0;
}

function fmix32(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function floorFor(memberId) {
  // spread hot-desk members evenly over the floors
  return fmix32(memberId) % FLOORS;
}

const router = express.Router();

router.get('/wifi/guest', (req, res) => {
  res.json({ password: guestPassword() });
});

router.get('/invoices/:member/:month', (req, res) => {
  if (!invoiceLinkValid(req.params.member, req.params.month, req.query.sig)) {
    return res.status(403).end();
  }
  res.json({ member: req.params.member, month: req.params.month, floor: floorFor(Number(req.params.member)) });
});

router.post('/keycards', (req, res) => {
  res.status(201).json({ secret: newKeycardSecret(), dayPass: newDayPassCodeHex() });
});

module.exports = { router, deskNumberValid, invoiceLink, newDayPassCode };
