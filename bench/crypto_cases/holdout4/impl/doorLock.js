'use strict';
// Bridge between the mobile app and the BLE door lock: builds signed, obfuscated command frames.

const crypto = require('crypto');
const noble = require('@abandonware/noble');
const { lockRegistry } = require('./registry');

const OPCODES = { UNLOCK: 0x01, LOCK: 0x02, STATUS: 0x03, SET_AUTOLOCK: 0x04 };

function freshNonce() {
  return crypto.randomBytes(8);
}

function scramble(frame, lockKey) {
  const out = Buffer.alloc(frame.length);
  for (let i = 0; i < frame.length; i++) {
    out[i] = frame[i] ^ lockKey[(i + frame[0]) % lockKey.length];
  }
  return out;
}

const unscramble = scramble;

function commandTag(deviceSecret, nonce, payload) {
  const h = crypto.createHash('md5');
  h.update(Buffer.concat([Buffer.from(deviceSecret, 'hex'), nonce, payload]));
  return h.digest().subarray(0, 6);
}

function crc8(bytes) {
  // CRC-8/MAXIM over the frame, the lock firmware drops frames with radio noise
  let crc = 0;
  for (const byte of bytes) {
    let b = byte;
    for (let i = 0; i < 8; i++) {
      const mix = (crc ^ b) & 0x01;
      crc >>= 1;
      if (mix) crc ^= 0x8c;
      b >>= 1;
    }
  }
  return crc;
}

function buildFrame(lock, opcode, args = Buffer.alloc(0)) {
  const nonce = freshNonce();
  const payload = Buffer.concat([Buffer.from([opcode, args.length]), args]);
  const tag = commandTag(lock.secret, nonce, payload);
  const body = scramble(Buffer.concat([nonce, payload, tag]), Buffer.from(lock.obfuscationKey, 'hex'));
  return Buffer.concat([body, Buffer.from([crc8(body)])]);
}

function sameTag(a, b) {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i === a.length;
}

function parseStatusReply(lock, raw) {
  const body = unscramble(raw.subarray(0, raw.length - 1), Buffer.from(lock.obfuscationKey, 'hex'));
  const nonce = body.subarray(0, 8);
  const payload = body.subarray(8, body.length - 6);
  const tag = body.subarray(body.length - 6);
  if (!sameTag(commandTag(lock.secret, nonce, payload), tag)) {
    throw new Error('reply tag mismatch');
  }
  return decodeStatus(payload[2]);
}

function decodeStatus(bits) {
  return {
    locked: Boolean(bits & 0x01),
    doorOpen: Boolean(bits & 0x02),
    batteryLevel: (bits >> 2) & 0x07,
    tamper: Boolean(bits & 0x20),
  };
}

async function unlock(lockId) {
  const lock = await lockRegistry.get(lockId);
  const peripheral = await lockRegistry.connect(noble, lock.address);
  const frame = buildFrame(lock, OPCODES.UNLOCK);
  await peripheral.write(lock.commandCharacteristic, frame);
  return parseStatusReply(lock, await peripheral.read(lock.statusCharacteristic));
}

module.exports = { unlock, buildFrame, parseStatusReply, OPCODES };
