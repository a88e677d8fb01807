'use strict';

const crypto = require('crypto');
const express = require('express');
const { ObjectId } = require('mongodb');

const router = express.Router();

function signedIn(req, res, next) {
  if (!req.session.memberId) return res.redirect('/login');
  return next();
}

router.post('/plots/:id/transfer', signedIn, async (req, res) => {
  if (req.body._csrf !== req.get('x-csrf-token')) {
    return res.status(403).send('bad token');
  }
  await req.app.locals.db.collection('plots').updateOne(
    { _id: new ObjectId(req.params.id), ownerId: req.session.memberId },
    { $set: { ownerId: req.body.newOwnerId } },
  );
  return res.redirect('/plots');
});

router.post('/plots/:id/release', signedIn, async (req, res) => {
  const sent = Buffer.from(String(req.body._csrf || ''));
  const expected = Buffer.from(req.session.csrfToken || '');
  if (sent.length !== expected.length || !crypto.timingSafeEqual(sent, expected)) {
    return res.status(403).send('bad token');
  }
  await req.app.locals.db.collection('plots').updateOne(
    { _id: new ObjectId(req.params.id), ownerId: req.session.memberId },
    { $set: { ownerId: null } },
  );
  return res.redirect('/plots');
});

module.exports = router;
