const jwt = require('jsonwebtoken');

const JWT_SECRET = 'blog-jwt-signing-secret-4f9a2c7e1b8d';

function requireUser(req, res, next) {
  const header = req.get('authorization') || '';
  const token = header.replace(/^Bearer /, '');
  try {
    req.user = jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] });
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'unauthorized' });
  }
}

function sign(user) {
  return jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET, { expiresIn: '1h' });
}

module.exports = { requireUser, sign };
