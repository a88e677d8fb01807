'use strict';

const mongoose = require('mongoose');

const { Schema } = mongoose;

const guestSchema = new Schema(
  {
    email: { type: String, required: true, unique: true, lowercase: true, trim: true },
    name: { type: String, required: true },
    passwordHash: { type: String, required: true },
    phone: String,
    role: { type: String, enum: ['guest', 'staff', 'manager'], default: 'guest' },
    loyaltyPoints: { type: Number, default: 0 },
  },
  { timestamps: true },
);

const roomSchema = new Schema(
  {
    number: { type: String, required: true, unique: true },
    kind: { type: String, enum: ['single', 'double', 'suite'], required: true },
    nightlyRate: { type: Number, required: true, min: 0 },
    floor: Number,
    amenities: [String],
    outOfService: { type: Boolean, default: false },
  },
  { timestamps: true },
);

const bookingSchema = new Schema(
  {
    guest: { type: Schema.Types.ObjectId, ref: 'Guest', required: true, index: true },
    room: { type: Schema.Types.ObjectId, ref: 'Room', required: true },
    checkIn: { type: Date, required: true },
    checkOut: { type: Date, required: true },
    adults: { type: Number, default: 1, min: 1, max: 6 },
    specialRequests: { type: String, maxlength: 1000 },
    status: {
      type: String,
      enum: ['pending', 'confirmed', 'checked_in', 'checked_out', 'cancelled'],
      default: 'pending',
    },
    totalPrice: { type: Number, required: true },
    paid: { type: Boolean, default: false },
  },
  { timestamps: true },
);

bookingSchema.index({ room: 1, checkIn: 1, checkOut: 1 });

bookingSchema.statics.overlapping = function overlapping(roomId, checkIn, checkOut, exceptId) {
  const query = {
    room: roomId,
    status: { $nin: ['cancelled', 'checked_out'] },
    checkIn: { $lt: checkOut },
    checkOut: { $gt: checkIn },
  };
  if (exceptId) query._id = { $ne: exceptId };
  return this.exists(query);
};

const invoiceSchema = new Schema(
  {
    booking: { type: Schema.Types.ObjectId, ref: 'Booking', required: true, unique: true },
    guest: { type: Schema.Types.ObjectId, ref: 'Guest', required: true },
    lines: [{ label: String, amount: Number }],
    total: Number,
    billingAddress: String,
    cardLast4: String,
    issuedAt: { type: Date, default: Date.now },
  },
  { timestamps: true },
);

const paymentEventSchema = new Schema({
  providerId: { type: String, unique: true },
  booking: { type: Schema.Types.ObjectId, ref: 'Booking' },
  kind: String,
  amount: Number,
  receivedAt: { type: Date, default: Date.now },
});

module.exports = {
  Guest: mongoose.model('Guest', guestSchema),
  Room: mongoose.model('Room', roomSchema),
  Booking: mongoose.model('Booking', bookingSchema),
  Invoice: mongoose.model('Invoice', invoiceSchema),
  PaymentEvent: mongoose.model('PaymentEvent', paymentEventSchema),
};
