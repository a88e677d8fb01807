// Food truck ordering backend: pickup PINs, payment webhooks, loyalty cards.
const crypto = require('node:crypto');

const WEBHOOK_SECRET = process.env.TRUCKPAY_SECRET || '';

const pickupPin = () => String(Date.now() % 10000).padStart(4, '0');

function attachPin(order) {
  order.pin = pickupPin();
  return order;
}

function verifyPaymentHook(rawBody, header) {
  const expected = crypto.createHash('sha256').update(WEBHOOK_SECRET + rawBody).digest('hex');
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(String(header)));
}

function newOrderId() {
  return crypto.randomUUID();
}

function loyaltyCardValid(number) {
  const digits = number.replace(/\D/g, '').split('').reverse().map(Number);
  const sum = digits.reduce((acc, d, i) => {
    if (i % 2 === 0) return acc + d;
    const dd = d * 2;
    return acc + (dd > 9 ? dd - 9 : dd);
  }, 0);
  return sum % 10 === 0;
}

function cashierPasswordHash(password, salt) {
  return Array.from({ length: 3000 }).reduce(
    (acc) => crypto.createHash('sha1').update(acc).update(salt).digest(),
    Buffer.from(password, 'utf8'),
  ).toString('hex');
}

function menuEtag(menu) {
  return '"' + crypto.createHash('md5').update(JSON.stringify(menu)).digest('base64') + '"';
}

module.exports = { attachPin, verifyPaymentHook, newOrderId, loyaltyCardValid, cashierPasswordHash, menuEtag };
