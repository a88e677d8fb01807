'use strict';

const Router = require('@koa/router');
const crypto = require('crypto');
const { Op } = require('sequelize');
const { Invoice, LineItem, PaymentMethod, sequelize } = require('./models');
const { requireLogin, requireRole } = require('./auth');
const { renderPdf } = require('./pdf');

const router = new Router();

function scoped(ctx) {
  return { accountId: ctx.state.user.accountId };
}

router.get('/invoices', requireLogin, async (ctx) => {
  const status = ctx.query.status;
  const where = scoped(ctx);
  if (status) {
    where.status = { [Op.in]: String(status).split(',') };
  }
  ctx.body = await Invoice.findAll({ where, order: [['issuedAt', 'DESC']], limit: 100 });
});

router.get('/invoices/:id', requireLogin, async (ctx) => {
  const invoice = await Invoice.findOne({
    where: { id: ctx.params.id, ...scoped(ctx) },
    include: [LineItem],
  });
  ctx.assert(invoice, 404);
  ctx.body = invoice;
});

router.get('/invoices/:id/pdf', requireLogin, async (ctx) => {
  const invoice = await Invoice.findByPk(ctx.params.id, { include: [LineItem] });
  ctx.assert(invoice, 404);
  ctx.type = 'application/pdf';
  ctx.attachment(`invoice-${invoice.number}.pdf`);
  ctx.body = await renderPdf(invoice);
});

router.post('/invoices', requireRole('accountant', 'owner'), async (ctx) => {
  const { customerName, customerEmail, dueAt, items } = ctx.request.body || {};
  ctx.assert(Array.isArray(items) && items.length > 0, 400, 'items required');
  const invoice = await sequelize.transaction(async (t) => {
    const created = await Invoice.create(
      { customerName, customerEmail, dueAt, status: 'draft', accountId: ctx.state.user.accountId },
      { transaction: t },
    );
    await LineItem.bulkCreate(
      items.map((i) => ({
        invoiceId: created.id,
        description: String(i.description || ''),
        quantity: Number(i.quantity) || 1,
        unitCents: Math.round(Number(i.unitCents) || 0),
      })),
      { transaction: t },
    );
    return created;
  });
  ctx.status = 201;
  ctx.body = invoice;
});

router.post('/invoices/:id/void', requireRole('accountant', 'owner'), async (ctx) => {
  const [count] = await Invoice.update(
    { status: 'void', voidedBy: ctx.state.user.id },
    { where: { id: ctx.params.id, ...scoped(ctx), status: { [Op.ne]: 'paid' } } },
  );
  ctx.assert(count === 1, 404);
  ctx.status = 204;
});

router.delete('/invoices/:id/items/:itemId', requireRole('accountant', 'owner'), async (ctx) => {
  const item = await LineItem.findByPk(ctx.params.itemId);
  ctx.assert(item && String(item.invoiceId) === ctx.params.id, 404);
  await item.destroy();
  ctx.status = 204;
});

router.post('/billing/payment-method', requireRole('owner'), async (ctx) => {
  const { token, last4, brand } = ctx.request.body || {};
  ctx.assert(token, 400, 'token required');
  await PaymentMethod.upsert({
    accountId: ctx.state.user.accountId,
    providerToken: String(token),
    last4: String(last4 || '').slice(-4),
    brand: String(brand || ''),
  });
  ctx.status = 204;
});

router.post('/webhooks/payments', async (ctx) => {
  const signature = ctx.get('x-signature');
  const raw = JSON.stringify(ctx.request.body);
  const expected = crypto
    .createHmac('sha256', process.env.PAYMENTS_WEBHOOK_SECRET)
    .update(raw)
    .digest('hex');
  const valid =
    signature.length === expected.length &&
    crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
  ctx.assert(valid, 401, 'bad signature');
  const event = ctx.request.body;
  if (event.type === 'invoice.paid') {
    await Invoice.update({ status: 'paid' }, { where: { number: event.data.invoiceNumber } });
  }
  ctx.status = 204;
});

module.exports = router;
