'use strict';
// Museum ticketing: timed-entry tickets, gate scanning and the gift shop.

const crypto = require('crypto');

const GATE_KEY = Buffer.from(process.env.GATE_KEY || '00112233445566778899aabbccddeeff', 'hex');

const ticketSecret = () =>
  Array.from({ length: 4 }, () => Math.random().toString(36).slice(2, 8)).join('');

function issueTicket(visitorEmail, slot) {
  return { visitorEmail, slot, secret: ticketSecret(), issuedAt: Date.now() };
}

function sameTag(presented, expected) {
  if (presented.length !== expected.length) return false;
  for (let i = 0; i < presented.length; i++) {
    if (presented[i] !== expected[i]) return false;
  }
  return true;
}

function scanAtGate(ticket, tagHex) {
  const expected = crypto.createHmac('sha256', GATE_KEY).update(ticket.secret).digest('hex');
  return sameTag(tagHex, expected);
}

function pkcs7Strip(buf) {
  const pad = buf[buf.length - 1];
  return buf.subarray(0, buf.length - pad);
}

function openGateBundle(blob) {
  const iv = blob.subarray(0, 16);
  const d = crypto.createDecipheriv('aes-128-cbc', GATE_KEY, iv);
  d.setAutoPadding(false);
  const plain = Buffer.concat([d.update(blob.subarray(16)), d.final()]);
  return JSON.parse(pkcs7Strip(plain).toString('utf8'));
}

function tourOrder(galleries) {
  // Randomise the suggested walking route so rooms do not all crowd at once.
  const order = galleries.slice();
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

function ean13CheckDigit(twelveDigits) {
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    sum += Number(twelveDigits[i]) * (i % 2 === 0 ? 1 : 3);
  }
  return (10 - (sum % 10)) % 10;
}

const newOrderId = () => `ord_${crypto.randomUUID()}`;

module.exports = { issueTicket, scanAtGate, openGateBundle, tourOrder, ean13CheckDigit, newOrderId };
