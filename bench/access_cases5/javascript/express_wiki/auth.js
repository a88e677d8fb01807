const User = require('./models/user');

async function requireAuth(req, res, next) {
  if (!req.session.userId) return res.status(401).json({ error: 'login required' });
  req.user = await User.findById(req.session.userId);
  if (!req.user) return res.status(401).json({ error: 'login required' });
  next();
}

function requireAdmin(req, res, next) {
  if (!req.user || req.user.role !== 'admin') return res.status(403).end();
  next();
}

module.exports = { requireAuth, requireAdmin };
