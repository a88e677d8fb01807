'use strict';
/**
 * Crowdfunding payout worker: when a campaign closes, pays the creator through the bank API.
 * Runs from the job queue; one job per campaign.
 */
const crypto = require('crypto');
const { Queue, Worker } = require('bullmq');
const db = require('./db');
const bank = require('./bankClient');
const config = require('./config');

function modPow(base, exponent, modulus) {
  let result = 1n;
  base %= modulus;
  while (exponent > 0n) {
    if (exponent & 1n) result = (result * base) % modulus;
    base = (base * base) % modulus;
    exponent >>= 1n;
  }
  return result;
}

function signInstruction(instruction) {
  const digest = crypto.createHash('sha256').update(JSON.stringify(instruction)).digest('hex');
  const { n, d } = config.payoutSigningKey; // BigInt strings from the vault
  const signature = modPow(BigInt('0x' + digest), BigInt(d), BigInt(n));
  return signature.toString(16);
}

function deriveAccountKey(secret, salt, iterations = 5000) {
  let block = crypto.createHash('sha1').update(salt + secret).digest();
  for (let i = 1; i < iterations; i++) {
    block = crypto.createHash('sha1').update(Buffer.concat([block, Buffer.from(secret)])).digest();
  }
  return block.subarray(0, 16);
}

function decryptBankToken(record) {
  const key = crypto.scryptSync(config.tokenPassphrase, Buffer.from(record.salt, 'base64'), 32);
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(record.iv, 'base64'));
  decipher.setAuthTag(Buffer.from(record.tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(record.data, 'base64')), decipher.final()]).toString('utf8');
}

function bankWebhookAuthentic(rawBody, signatureHeader) {
  const expected = crypto.createHmac('sha256', config.bankWebhookSecret).update(rawBody).digest();
  const given = Buffer.from(signatureHeader || '', 'hex');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

function idempotencyKey(campaign) {
  // the bank deduplicates retries of the same payout on this key
  return crypto.createHash('sha256')
    .update(`${campaign.id}:${campaign.closedAt}:${campaign.netAmountCents}`)
    .digest('hex');
}

function retryDelay(attempt) {
  const base = Math.min(60_000, 1000 * 2 ** attempt);
  return base / 2 + Math.random() * (base / 2);
}

async function payCampaign(job) {
  const campaign = await db.campaigns.findClosed(job.data.campaignId);
  if (!campaign || campaign.paidOut) return;
  const creator = await db.users.find(campaign.creatorId);
  const instruction = {
    account: deriveAccountKey(creator.iban, campaign.id).toString('hex'),
    amount: campaign.netAmountCents,
    currency: campaign.currency,
    reference: `CF-${campaign.slug}`,
  };
  await bank.pay({
    token: decryptBankToken(await db.secrets.bankToken()),
    instruction,
    signature: signInstruction(instruction),
    idempotencyKey: idempotencyKey(campaign),
  });
  await db.campaigns.markPaid(campaign.id);
}

const worker = new Worker('payouts', payCampaign, {
  connection: config.redis,
  settings: { backoffStrategy: retryDelay },
});

module.exports = { worker, bankWebhookAuthentic, queue: new Queue('payouts', { connection: config.redis }) };
