'use strict';

const express = require('express');
const { Event } = require('../models');
const { requireLogin } = require('../middleware/auth');

const router = express.Router();

router.get('/', async (req, res) => {
  res.json(await Event.findAll({ where: { published: true } }));
});

router.post('/', requireLogin, async (req, res) => {
  const event = await Event.create({
    title: req.body.title,
    venue: req.body.venue,
    startsAt: req.body.startsAt,
    organizerId: req.body.organizerId,
  });
  res.status(201).json(event);
});

router.put('/:id', requireLogin, async (req, res) => {
  const event = await Event.findOne({ where: { id: req.params.id, organizerId: req.user.id } });
  if (!event) return res.sendStatus(404);
  const { title, venue, startsAt } = req.body;
  await event.update({ title, venue, startsAt });
  res.json(event);
});

router.post('/:id/publish', requireLogin, async (req, res) => {
  const event = await Event.findOne({ where: { id: req.params.id, organizerId: req.user.id } });
  if (!event) return res.sendStatus(404);
  await event.update({ published: true });
  res.json(event);
});

router.delete('/:id', async (req, res) => {
  await Event.destroy({ where: { id: req.params.id } });
  res.sendStatus(204);
});

module.exports = router;
