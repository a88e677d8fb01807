import crypto from 'node:crypto';
import { Router, raw } from 'express';

export const webhooksRouter = Router();

webhooksRouter.post('/sms-status', raw({ type: '*/*' }), (req, res) => {
  const expected = crypto.createHmac('sha256', process.env.SMS_WEBHOOK_SECRET ?? '').update(req.body).digest();
  const given = Buffer.from(String(req.get('X-Sms-Signature') ?? ''), 'hex');
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return res.sendStatus(401);
  const event = JSON.parse(req.body.toString('utf8'));
  console.info('sms delivery', event.messageId, event.status);
  res.sendStatus(204);
});
