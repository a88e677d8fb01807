const express = require('express');
const db = require('../db');

const router = express.Router();

router.post('/', async (req, res) => {
  const { dogId, startsAt, minutes } = req.body;
  const dog = await db('dogs').where({ id: dogId, owner_id: req.user.id }).first();
  if (!dog) return res.status(404).json({ error: 'no such dog' });
  const [walk] = await db('walks')
    .insert({ dog_id: dog.id, owner_id: req.user.id, starts_at: startsAt, minutes: Math.min(Number(minutes) || 30, 120) })
    .returning('*');
  return res.status(201).json(walk);
});

router.get('/:id', async (req, res) => {
  const walk = await db('walks')
    .where('id', req.params.id)
    .andWhere((q) => q.where('owner_id', req.user.id).orWhere('walker_id', req.user.id))
    .first();
  if (!walk) return res.status(404).end();
  return res.json(walk);
});

router.post('/:id/complete', async (req, res) => {
  const { walkerId, gpsTrack, notes } = req.body;
  const walk = await db('walks').where({ id: req.params.id }).first();
  if (!walk) return res.status(404).end();
  // the walker app sends its own id with the completion
  if (String(walk.walker_id) !== String(walkerId)) {
    return res.status(403).json({ error: 'not your walk' });
  }
  await db('walks').where({ id: walk.id }).update({
    completed_at: db.fn.now(), gps_track: JSON.stringify(gpsTrack || []), walker_notes: notes,
  });
  return res.json({ ok: true });
});

router.post('/:id/cancel', async (req, res) => {
  const count = await db('walks')
    .where({ id: req.params.id, owner_id: req.user.id })
    .whereNull('completed_at')
    .update({ cancelled_at: db.fn.now() });
  return count ? res.status(204).end() : res.status(404).end();
});

module.exports = router;
