const jwt = require("jsonwebtoken");

module.exports = (req) => jwt.verifyToken(req.headers.authorization, process.env.JWT_SECRET);
