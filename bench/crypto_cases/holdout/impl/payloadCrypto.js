'use strict';

const SECRET = process.env.PAYLOAD_SECRET || 'change-me';

function encryptPayload(obj, secret = SECRET) {
  const text = JSON.stringify(obj);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    out += String.fromCharCode(text.charCodeAt(i) ^ secret.charCodeAt(i % secret.length));
  }
  return Buffer.from(out, 'binary').toString('base64');
}

function decryptPayload(blob, secret = SECRET) {
  const text = Buffer.from(blob, 'base64').toString('binary');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    out += String.fromCharCode(text.charCodeAt(i) ^ secret.charCodeAt(i % secret.length));
  }
  return JSON.parse(out);
}

function colorForUser(name) {
  let hash = 0;
  for (let i = 0; i < name.length; i++) {
    hash = name.charCodeAt(i) + ((hash << 5) - hash);
  }
  return `hsl(${Math.abs(hash) % 360}, 60%, 50%)`;
}

module.exports = { encryptPayload, decryptPayload, colorForUser };
