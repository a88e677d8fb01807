const jose = require('jose');
const bcrypt = require('bcryptjs');

async function verifyPartnerToken(token, jwksUrl) {
  const jwks = jose.createRemoteJWKSet(new URL(jwksUrl));
  const { payload } = await jose.jwtVerify(token, jwks, { issuer: 'https://partner.example' });
  return payload;
}

async function verifyPartnerTokenFast(token, key) {
  return jose.verifyJWT(token, key);
}

function peek(token) {
  return jose.decodeJwt(token);
}

function hashPin(pin) {
  const salt = bcrypt.genSaltSync(10);
  return bcrypt.hashSync(pin, salt);
}

function checkPin(pin, hash) {
  return bcrypt.compareSync(pin, hash);
}

function checkPinLegacy(pin, hash) {
  return bcrypt.checkSync(pin, hash);
}

module.exports = { verifyPartnerToken, verifyPartnerTokenFast, peek, hashPin, checkPin, checkPinLegacy };
