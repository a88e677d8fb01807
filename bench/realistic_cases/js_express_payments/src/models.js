const mongoose = require('mongoose');

const customerSchema = new mongoose.Schema({
  email: { type: String, required: true, unique: true },
  apiKeyHash: String,
  plan: { type: String, enum: ['free', 'pro'] },
});

const paymentSchema = new mongoose.Schema({
  customer: { type: mongoose.Schema.Types.ObjectId, ref: 'Customer' },
  amount: Number,
  currency: String,
  status: String,
  cardLast4: String,
});

module.exports = {
  Customer: mongoose.model('Customer', customerSchema),
  Payment: mongoose.model('Payment', paymentSchema),
};
