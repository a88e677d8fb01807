'use strict';

const express = require('express');
const { ensureLoggedIn } = require('../auth/guards');
const Show = require('../models/show');

const router = express.Router();

router.post('/password-reset', async (req, res) => {
  await require('../lib/mailer').sendResetLink(String(req.body.email || ''));
  res.redirect('/login?reset=sent');
});

router.post('/profile', ensureLoggedIn, async (req, res) => {
  Object.assign(req.user, req.body);
  await req.user.save();
  res.redirect('/account');
});

router.post('/close', ensureLoggedIn, async (req, res) => {
  await Show.updateMany({ owner: req.user._id }, { published: false });
  await req.user.deleteOne();
  req.logout(() => res.redirect('/'));
});

module.exports = router;
