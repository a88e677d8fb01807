import { Router } from 'express';
import { sequelize } from '../models/index.js';
import { searchIndex } from '../lib/search.js';
import { renderMetrics } from '../lib/metrics.js';
import { requireScope, opsNetworkOnly, metricsNetworkOnly } from '../middleware/auth.js';

export const opsRouter = Router();

opsRouter.post('/reindex', async (req, res) => {
  const count = await searchIndex.rebuild();
  res.json({ reindexed: count });
});

opsRouter.post('/purge-expired', requireScope('ops:write'), async (req, res) => {
  const [, meta] = await sequelize.query("DELETE FROM rides WHERE departs_at < now() - interval '90 days'");
  res.json({ removed: meta.rowCount });
});

opsRouter.post('/maintenance', opsNetworkOnly, async (req, res) => {
  await sequelize.query('UPDATE settings SET value = $1 WHERE key = $2', { bind: [String(!!req.body.on), 'maintenance'] });
  res.status(204).end();
});

opsRouter.get('/metrics', metricsNetworkOnly, async (req, res) => {
  res.type('text/plain').send(await renderMetrics());
});
