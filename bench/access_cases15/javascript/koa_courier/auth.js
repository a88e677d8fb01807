'use strict';

const jwt = require('jsonwebtoken');
const db = require('./db');

const SECRET = process.env.DISPATCH_JWT_SECRET;

async function requireAuth(ctx, next) {
  const header = ctx.get('authorization');
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) ctx.throw(401, 'sign in');
  try {
    ctx.state.user = jwt.verify(token, SECRET, { algorithms: ['HS256'], issuer: 'dispatch' });
  } catch (err) {
    ctx.throw(401, 'invalid token');
  }
  await next();
}

function requireDispatcher(ctx, next) {
  if (!ctx.state.user || ctx.state.user.role !== 'dispatcher') {
    ctx.throw(403, 'dispatchers only');
  }
  return next();
}

async function riderDevice(ctx, next) {
  // handlebar phones are paired once at the depot and then just send their rider id
  const riderId = ctx.get('x-rider-id');
  if (!riderId) ctx.throw(401, 'unpaired device');
  const rider = await db('riders').where({ id: riderId, active: true }).first();
  if (!rider) ctx.throw(401, 'unknown rider');
  ctx.state.rider = rider;
  await next();
}

module.exports = { requireAuth, requireDispatcher, riderDevice };
