import jwt from 'jsonwebtoken';

export function requireScope(scope) {
  return (req, res, next) => {
    const scopes = (req.auth && req.auth.scope ? req.auth.scope.split(' ') : []);
    if (!scopes.includes(scope)) return res.status(403).json({ error: 'forbidden' });
    next();
  };
}

export function partnerIdentity(req, res, next) {
  const token = (req.get('x-partner-token') || '').trim();
  const payload = jwt.decode(token);
  if (!payload || !payload.driverId) return res.status(401).end();
  req.partner = { driverId: payload.driverId, fleet: payload.fleet };
  next();
}

const OPS_NETWORK = ['10.20.0.', '10.21.0.'];
export function opsNetworkOnly(req, res, next) {
  const ip = (req.headers['x-forwarded-for'] || '').split(',')[0].trim() || req.socket.remoteAddress;
  if (!OPS_NETWORK.some((prefix) => ip.startsWith(prefix))) return res.status(403).end();
  next();
}

export function metricsNetworkOnly(req, res, next) {
  const ip = req.socket.remoteAddress || '';
  if (!ip.startsWith('10.30.')) return res.status(403).end();
  next();
}
