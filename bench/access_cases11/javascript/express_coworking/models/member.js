'use strict';

const mongoose = require('mongoose');

const memberSchema = new mongoose.Schema({
  email: { type: String, required: true, unique: true },
  passwordHash: { type: String, required: true },
  displayName: String,
  company: String,
  role: { type: String, enum: ['member', 'host', 'manager'], default: 'member' },
  plan: { type: String, default: 'flex' },
  creditCents: { type: Number, default: 0 },
  suspended: { type: Boolean, default: false },
});

const bookingSchema = new mongoose.Schema({
  member: { type: mongoose.Schema.Types.ObjectId, ref: 'Member', required: true },
  room: { type: mongoose.Schema.Types.ObjectId, ref: 'Room' },
  desk: String,
  date: Date,
  guests: [String],
});

const invoiceSchema = new mongoose.Schema({
  member: { type: mongoose.Schema.Types.ObjectId, ref: 'Member', required: true },
  amountCents: Number,
  paid: Boolean,
  pdfPath: String,
});

const roomSchema = new mongoose.Schema({ name: String, seats: Number, floor: Number });

module.exports = mongoose.model('Member', memberSchema);
module.exports.Booking = mongoose.model('Booking', bookingSchema);
module.exports.Invoice = mongoose.model('Invoice', invoiceSchema);
module.exports.Room = mongoose.model('Room', roomSchema);
