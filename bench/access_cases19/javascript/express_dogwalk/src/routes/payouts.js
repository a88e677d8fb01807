const db = require('../db');
const { stripe } = require('../stripe');

async function runWeeklyPayouts(req, res) {
  const since = req.body.since || new Date(Date.now() - 7 * 24 * 3600 * 1000).toISOString();
  const rows = await db('walks')
    .join('users', 'users.id', 'walks.walker_id')
    .where('walks.completed_at', '>=', since)
    .whereNull('walks.paid_out_at')
    .groupBy('users.id', 'users.stripe_account')
    .select('users.id', 'users.stripe_account')
    .sum({ pence: 'walks.walker_fee_pence' });
  for (const row of rows) {
    await stripe.transfers.create({ amount: row.pence, currency: 'gbp', destination: row.stripe_account });
  }
  await db('walks').where('completed_at', '>=', since).whereNull('paid_out_at').update({ paid_out_at: db.fn.now() });
  res.json({ walkers: rows.length });
}

module.exports = { runWeeklyPayouts };
