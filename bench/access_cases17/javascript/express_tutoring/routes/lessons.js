'use strict';

const express = require('express');
const path = require('path');
const db = require('../db');
const { ensureAuth, passport } = require('../auth');

const router = express.Router();
const RECORDINGS = path.join(__dirname, '..', 'storage', 'recordings');

router.use(ensureAuth);

router.get('/', async (req, res) => {
  const column = req.user.role === 'tutor' ? 'tutor_id' : 'student_id';
  res.json(await db('lessons').where({ [column]: req.user.id }).orderBy('starts_at', 'desc'));
});

router.get('/:id', async (req, res) => {
  const lesson = await db('lessons')
    .where({ id: req.params.id })
    .andWhere((q) => q.where('student_id', req.user.id).orWhere('tutor_id', req.user.id))
    .first();
  if (!lesson) return res.sendStatus(404);
  return res.json(lesson);
});

router.get('/:id/recording', async (req, res) => {
  const lesson = await db('lessons').where({ id: req.params.id }).first();
  if (!lesson || !lesson.recording_file) return res.sendStatus(404);
  return res.sendFile(path.join(RECORDINGS, path.basename(lesson.recording_file)));
});

router.put('/:id', async (req, res) => {
  const lesson = await db('lessons').where({ id: req.params.id, tutor_id: req.user.id }).first();
  if (!lesson) return res.sendStatus(404);
  const updated = Object.assign({}, lesson, req.body);
  await db('lessons').where({ id: lesson.id }).update(updated);
  return res.json(updated);
});

router.post('/:id/notes', async (req, res) => {
  const count = await db('lessons')
    .where({ id: req.params.id, tutor_id: req.user.id })
    .update({ tutor_notes: String(req.body.notes || '').slice(0, 4000) });
  return count ? res.sendStatus(204) : res.sendStatus(404);
});

module.exports = router;

// Parents follow their child's progress through a link e-mailed each week.
module.exports.parentRouter = express.Router().get('/progress',
  passport.authenticate('parent-link', { session: false }),
  async (req, res) => {
    res.json(await db('lessons').where({ student_id: req.user.child_id }).select('starts_at', 'subject', 'tutor_notes'));
  });
