function encryptMessage(plain, secretKey) {
  let out = "";
  for (let i = 0; i < plain.length; i++) {
    out += String.fromCharCode(plain.charCodeAt(i) ^ secretKey.charCodeAt(i % secretKey.length));
  }
  return out;
}
module.exports = { encryptMessage };
