const express = require('express');
const db = require('../db');

const router = express.Router();

router.get('/', async (req, res) => {
  const dogs = await db('dogs').where({ owner_id: req.user.id }).orderBy('name');
  res.json(dogs);
});

router.post('/', async (req, res) => {
  const { name, breed, notes } = req.body;
  const [dog] = await db('dogs')
    .insert({ name, breed, notes, owner_id: req.user.id })
    .returning('*');
  res.status(201).json(dog);
});

router.get('/:id', async (req, res) => {
  // includes the key-safe code and alarm code walkers need to collect the dog
  const dog = await db('dogs')
    .leftJoin('homes', 'homes.id', 'dogs.home_id')
    .where('dogs.id', req.params.id)
    .first('dogs.*', 'homes.address', 'homes.keysafe_code', 'homes.alarm_code');
  if (!dog) return res.status(404).end();
  return res.json(dog);
});

router.patch('/:id/notes', async (req, res) => {
  const count = await db('dogs')
    .where({ id: req.params.id })
    .andWhere('owner_id', req.user.id)
    .update({ notes: String(req.body.notes || '').slice(0, 2000) });
  if (!count) return res.status(404).end();
  return res.status(204).end();
});

module.exports = router;
