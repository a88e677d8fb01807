import { Router } from 'express';
import { Driver, Payout } from '../models/index.js';
import { requireScope } from '../middleware/auth.js';

export const driversRouter = Router();

driversRouter.get('/me', async (req, res) => {
  const driver = await Driver.findByPk(req.auth.sub, { attributes: { exclude: ['passwordHash'] } });
  res.json(driver);
});

driversRouter.put('/me', async (req, res) => {
  await Driver.update(req.body, { where: { id: req.auth.sub } });
  res.json(await Driver.findByPk(req.auth.sub));
});

driversRouter.put('/me/vehicle', async (req, res) => {
  await Driver.update(req.body, { where: { id: req.auth.sub }, fields: ['vehicleMake', 'vehicleModel', 'plate'] });
  res.status(204).end();
});

driversRouter.post('/:id/verify', requireScope('drivers:verify'), async (req, res) => {
  await Driver.update({ verified: true }, { where: { id: req.params.id } });
  res.status(204).end();
});

driversRouter.get('/me/payouts', async (req, res) => {
  const { sub: driverId } = req.auth;
  res.json(await Payout.findAll({ where: { driverId }, order: [['createdAt', 'DESC']] }));
});
