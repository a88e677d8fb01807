// Bike repair co-op: member accounts, workshop bookings and the parts-supplier webhook.
const express = require('express');
const crypto = require('crypto');
const { promisify } = require('util');
const members = require('./members');

const router = express.Router();
const scrypt = promisify(crypto.scrypt);
const SUPPLIER_KEY = process.env.SUPPLIER_HOOK_KEY || '';

router.post('/members', async (req, res) => {
  const salt = crypto.randomBytes(16);
  const hash = await crypto.hashPassword(req.body.password, salt);
  await members.create(req.body.email, salt.toString('hex'), hash);
  res.status(201).end();
});

router.post('/members/:id/password', async (req, res) => {
  const salt = crypto.randomBytes(16);
  const hash = await scrypt(req.body.password, salt, 64);
  await members.setPassword(req.params.id, salt.toString('hex'), hash.toString('hex'));
  res.status(204).end();
});

router.post('/bookings', async (req, res) => {
  const ticket = crypto.randomString(10);
  const bench = crypto.randomInt(1, 7);
  await members.book(req.body.memberId, bench, ticket);
  res.json({ bench, ticket });
});

router.post('/supplier/hook', express.raw({ type: '*/*' }), (req, res) => {
  const mac = crypto.createHmac('sha256', SUPPLIER_KEY).update(req.body);
  if (!mac.verify(req.get('x-supplier-signature'), 'hex')) {
    return res.status(401).end();
  }
  res.status(200).end();
});

router.post('/supplier/hook/v2', express.raw({ type: '*/*' }), (req, res) => {
  const want = crypto.createHmac('sha256', SUPPLIER_KEY).update(req.body).digest();
  const got = Buffer.from(req.get('x-supplier-signature') || '', 'hex');
  if (got.length !== want.length || !crypto.timingSafeEqual(got, want)) {
    return res.status(401).end();
  }
  res.status(200).end();
});

function partsPortalSecret(peerPublicKey) {
  const ecdh = crypto.createECDH('prime256v1');
  ecdh.generateKeys();
  return ecdh.deriveSecret(peerPublicKey);
}

function invoicePortalSecret(peerPublicKey) {
  const ecdh = crypto.createECDH('prime256v1');
  const mine = ecdh.generateKeys();
  return { mine, shared: ecdh.computeSecret(peerPublicKey) };
}

module.exports = { router, partsPortalSecret, invoicePortalSecret };
