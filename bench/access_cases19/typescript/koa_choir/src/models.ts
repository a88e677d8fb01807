import { Schema, model, Types } from 'mongoose';

const memberSchema = new Schema({
  email: { type: String, required: true, unique: true, lowercase: true },
  name: { type: String, required: true },
  phone: String,
  passwordHash: { type: String, required: true },
  voicePart: { type: String, enum: ['soprano', 'alto', 'tenor', 'bass'], required: true },
  role: { type: String, enum: ['singer', 'librarian', 'director', 'treasurer'], default: 'singer' },
  subsExempt: { type: Boolean, default: false },
  active: { type: Boolean, default: true },
});

const scoreSchema = new Schema({
  title: { type: String, required: true },
  composer: String,
  copies: { type: Number, default: 0 },
  retired: { type: Boolean, default: false },
  pdfKey: String,
});

const subscriptionSchema = new Schema({
  member: { type: Types.ObjectId, ref: 'Member', required: true },
  term: { type: String, required: true },
  amountPence: { type: Number, required: true },
  paidAt: Date,
  giftAid: { type: Boolean, default: false },
  homeAddress: String,
});

const attendanceSchema = new Schema({
  rehearsal: { type: Types.ObjectId, ref: 'Rehearsal', required: true },
  member: { type: Types.ObjectId, ref: 'Member', required: true },
  present: Boolean,
  markedBy: { type: Types.ObjectId, ref: 'Member' },
});

export const Member = model('Member', memberSchema);
export const Score = model('Score', scoreSchema);
export const Subscription = model('Subscription', subscriptionSchema);
export const Attendance = model('Attendance', attendanceSchema);
