import express from 'express';
import cors from 'cors';
import { addHook, deleteHooks, hooksFor } from './registry';
import { deliver, parseConfig, probe } from './delivery';
import { authenticate } from './session';

const app = express();
app.use(cors());
app.use(express.json({ limit: '256kb' }));
app.use(express.text({ type: 'application/yaml', limit: '64kb' }));

app.post('/hooks', authenticate, async (req, res) => {
  const id = await addHook(res.locals.owner, String(req.body.url), String(req.body.event));
  res.status(201).json({ id });
});

app.post('/hooks/test', authenticate, async (req, res) => {
  res.json({ status: await probe(req.body.url) });
});

app.post('/hooks/config', authenticate, (req, res) => {
  res.json(parseConfig(req.body));
});

app.delete('/hooks', authenticate, async (req, res) => {
  await deleteHooks(res.locals.owner, req.body.events);
  res.status(204).end();
});

app.post('/events/:event', authenticate, async (req, res) => {
  const hooks = await hooksFor(req.params.event);
  const results = await Promise.all(hooks.map((h) => deliver(h.url, req.body).catch(() => 0)));
  res.json({ delivered: results.filter((s) => s >= 200 && s < 300).length });
});

app.get('/filter', authenticate, (req, res) => {
  const re = new RegExp(`^${String(req.query.prefix)}`);
  res.json(['push', 'pull', 'release', 'issue'].filter((e) => re.test(e)));
});

app.listen(9000);
