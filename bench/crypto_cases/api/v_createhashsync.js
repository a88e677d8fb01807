const crypto = require("crypto");

function digest(data) {
  return crypto.createHashSync("sha256").update(data).digest("hex");
}
