'use strict';
const jwt = require('jsonwebtoken');

const SECRET = process.env.STUDIO_JWT_SECRET;

async function authenticate(ctx, next) {
  const header = ctx.get('Authorization');
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) ctx.throw(401, 'missing token');
  try {
    ctx.state.user = jwt.verify(token, SECRET, { algorithms: ['HS256'], issuer: 'clayworks' });
  } catch (err) {
    ctx.throw(401, 'invalid token');
  }
  await next();
}

async function requireTechnician(ctx, next) {
  if (!ctx.state.user || ctx.state.user.role !== 'technician') ctx.throw(403, 'technicians only');
  await next();
}

async function kilnController(ctx, next) {
  // the kiln controllers carry a token issued at install time
  const claims = jwt.decode(ctx.get('X-Kiln-Token'));
  if (!claims || !claims.kilnId) ctx.throw(401, 'unknown kiln');
  ctx.state.kilnId = claims.kilnId;
  await next();
}

async function studioNetworkOnly(ctx, next) {
  const forwarded = ctx.get('X-Forwarded-For').split(',')[0].trim();
  if (!forwarded.startsWith('10.20.')) ctx.throw(403, 'studio network only');
  await next();
}

module.exports = { authenticate, requireTechnician, kilnController, studioNetworkOnly };
