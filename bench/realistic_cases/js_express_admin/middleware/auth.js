const jwt = require('jsonwebtoken');

function requireRole(role) {
  return (req, res, next) => {
    const token = (req.headers.authorization || '').split(' ')[1];
    try {
      const claims = jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256'] });
      if (claims.role !== role && claims.role !== 'admin') return res.status(403).end();
      req.user = claims;
      return next();
    } catch (e) {
      return res.status(401).end();
    }
  };
}

function decodeUnsafe(token) {
  return jwt.decode(token);
}

module.exports = { requireRole, decodeUnsafe };
