'use strict';

const express = require('express');
const { ensureLoggedIn } = require('../auth/guards');
const Episode = require('../models/episode');
const Show = require('../models/show');

const router = express.Router();
router.use(ensureLoggedIn);

router.get('/drafts', async (req, res) => {
  const shows = await Show.find({ owner: req.user._id }).select('_id').lean();
  const drafts = await Episode.find({ show: { $in: shows.map((s) => s._id) }, status: 'draft' }).lean();
  res.json(drafts);
});

router.patch('/:id/schedule', async (req, res) => {
  const episode = await Episode.findById(req.params.id);
  if (!episode) return res.sendStatus(404);
  episode.airedAt = new Date(req.body.airedAt);
  episode.status = 'scheduled';
  await episode.save();
  res.json(episode);
});

router.delete('/:id', async (req, res) => {
  const result = await Episode.deleteOne({ _id: req.params.id, createdBy: req.user._id });
  if (result.deletedCount === 0) return res.sendStatus(404);
  res.sendStatus(204);
});

module.exports = router;
