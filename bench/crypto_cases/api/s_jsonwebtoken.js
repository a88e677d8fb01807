const jwt = require("jsonwebtoken");
const { TokenExpiredError } = require("jsonwebtoken");

module.exports = (req) => jwt.verify(req.headers.authorization, process.env.JWT_SECRET, { algorithms: ["HS256"] });
