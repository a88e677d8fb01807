'use strict';

const express = require('express');
const _ = require('lodash');
const { ensureLoggedIn, requireRole, currentHostId } = require('../auth/guards');
const Show = require('../models/show');
const Episode = require('../models/episode');

const router = express.Router();
const hostOnly = [ensureLoggedIn, requireRole('host', 'admin')];

router.get('/', async (req, res) => {
  const shows = await Show.find({ published: true }).sort({ title: 1 }).lean();
  res.render('shows/index', { shows });
});

router.get('/:slug/feed.xml', async (req, res) => {
  const show = await Show.findOne({ slug: req.params.slug, published: true }).lean();
  if (!show) return res.sendStatus(404);
  const episodes = await Episode.find({ show: show._id, status: 'live' }).sort({ airedAt: -1 }).lean();
  res.type('application/rss+xml').render('shows/feed', { show, episodes });
});

router.post('/', hostOnly, async (req, res) => {
  const show = await Show.create(req.body);
  res.status(201).json(show);
});

router.put('/:id', hostOnly, async (req, res) => {
  const show = await Show.findById(req.params.id);
  if (!show || !show.owner.equals(req.user._id)) return res.sendStatus(404);
  show.set(_.pick(req.body, ['title', 'description', 'artworkUrl', 'category']));
  await show.save();
  res.json(show);
});

router.delete('/:id', async (req, res) => {
  await Episode.deleteMany({ show: req.params.id });
  await Show.deleteOne({ _id: req.params.id });
  res.sendStatus(204);
});

router.post('/:id/transfer', hostOnly, async (req, res) => {
  const show = await Show.findOne({ _id: req.params.id, owner: currentHostId(req) });
  if (!show) return res.sendStatus(404);
  show.owner = req.body.newOwnerId;
  await show.save();
  res.json({ owner: show.owner });
});

module.exports = router;
