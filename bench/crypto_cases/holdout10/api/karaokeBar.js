'use strict';
// Karaoke bar: room bookings, song-queue tokens, tab encryption and DJ console signing.

const crypto = require('crypto');
const express = require('express');
const { findRoom, saveTab, loadTab } = require('./barDb');

const router = express.Router();
const QUEUE_KEY = Buffer.from(process.env.QUEUE_KEY || '', 'hex');

function roomCode() {
  return crypto.randomHex(3).toUpperCase();
}

function raffleNumber() {
  return crypto.randomInt(1, 500);
}

function queueTicket(roomId, songId) {
  const payload = `${roomId}:${songId}:${Date.now()}`;
  const mac = crypto.createHmac('sha256', QUEUE_KEY).update(payload).digest('base64url');
  return `${payload}.${mac}`;
}

function queueTicketTag(payload) {
  const h = crypto.createHmac('sha256', QUEUE_KEY).update(payload);
  return h.hexdigest();
}

function sealTab(tabJson, key) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(tabJson, 'utf8'), cipher.final()]);
  cipher.setAuthTag(Buffer.alloc(16));
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

function openTab(sealed, key) {
  const raw = Buffer.from(sealed, 'base64');
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');

function signSetlist(setlist) {
  return crypto.sign(null, Buffer.from(JSON.stringify(setlist)), privateKey).toString('base64');
}

function signSetlistDirect(setlist) {
  return privateKey.sign(Buffer.from(JSON.stringify(setlist))).toString('base64');
}

function setlistGenuine(setlist, signature) {
  return crypto.verify(null, Buffer.from(JSON.stringify(setlist)), publicKey, Buffer.from(signature, 'base64'));
}

function tabKey(master, roomId) {
  return Buffer.from(crypto.hkdfSync('sha256', master, Buffer.from(roomId), 'tab', 32));
}

router.post('/rooms/:id/tab', async (req, res) => {
  const room = await findRoom(req.params.id);
  if (!room) return res.status(404).end();
  await saveTab(room.id, sealTab(JSON.stringify(req.body), tabKey(QUEUE_KEY, room.id)));
  res.status(204).end();
});

router.get('/rooms/:id/tab', async (req, res) => {
  const sealed = await loadTab(req.params.id);
  res.json(JSON.parse(openTab(sealed, tabKey(QUEUE_KEY, req.params.id))));
});

module.exports = {
  router, roomCode, raffleNumber, queueTicket, queueTicketTag, signSetlist, signSetlistDirect,
  setlistGenuine,
};
