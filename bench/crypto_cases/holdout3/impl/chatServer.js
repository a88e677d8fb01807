'use strict';
// Minimal chat relay: raw WebSocket framing (no ws dependency on the kiosk image), rooms
// sharded across relay nodes, and "private" rooms whose history is stored encrypted.

const net = require('net');
const crypto = require('crypto');
const fs = require('fs');

const ROOM_DIR = process.env.ROOM_DIR || '/var/lib/chat/rooms';

function randomId(len) {
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let id = '';
  while (id.length < len) {
    id += chars.charAt(Math.floor(Math.random() * chars.length));
  }
  return id;
}

class Sessions {
  constructor() {
    this.byId = new Map();
  }

  open(socket, nick) {
    const sid = 'sess_' + randomId(24);
    this.byId.set(sid, { socket, nick, since: Date.now() });
    return sid;
  }

  lookup(sid) {
    return this.byId.get(sid);
  }
}

function encodeFrame(payload, fromClient) {
  const data = Buffer.from(payload, 'utf8');
  const header = [0x81];
  const maskBit = fromClient ? 0x80 : 0;
  if (data.length < 126) header.push(maskBit | data.length);
  else header.push(maskBit | 126, (data.length >> 8) & 0xff, data.length & 0xff);
  if (!fromClient) return Buffer.concat([Buffer.from(header), data]);
  const mask = crypto.randomBytes(4);
  const masked = Buffer.alloc(data.length);
  for (let i = 0; i < data.length; i++) masked[i] = data[i] ^ mask[i & 3];
  return Buffer.concat([Buffer.from(header), mask, masked]);
}

function decodeFrame(buf) {
  let len = buf[1] & 0x7f;
  let off = 2;
  if (len === 126) { len = buf.readUInt16BE(2); off = 4; }
  const masked = (buf[1] & 0x80) !== 0;
  if (!masked) return buf.slice(off, off + len).toString('utf8');
  const mask = buf.slice(off, off + 4);
  const out = Buffer.alloc(len);
  for (let i = 0; i < len; i++) out[i] = buf[off + 4 + i] ^ mask[i % 4];
  return out.toString('utf8');
}

function fnv1a(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

class RelayRing {
  constructor(nodes, vnodes = 64) {
    this.points = [];
    for (const node of nodes) {
      for (let v = 0; v < vnodes; v++) this.points.push({ at: fnv1a(`${node}#${v}`), node });
    }
    this.points.sort((a, b) => a.at - b.at);
  }

  nodeFor(room) {
    const h = fnv1a(room);
    let lo = 0, hi = this.points.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.points[mid].at < h) lo = mid + 1; else hi = mid;
    }
    return this.points[lo % this.points.length].node;
  }
}

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function roomCipher(roomPassword, text) {
  const next = mulberry32(fnv1a(roomPassword));
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i++) {
    bytes[i] ^= Math.floor(next() * 256);
  }
  return bytes;
}

function djb2(str) {
  let hash = 5381;
  for (let i = 0; i < str.length; i++) hash = ((hash << 5) + hash + str.charCodeAt(i)) | 0;
  return (hash >>> 0).toString(16);
}

function signHistoryLine(secret, line) {
  return djb2(secret + '|' + line);
}

function appendHistory(room, password, secret, line) {
  const enc = roomCipher(password, line).toString('base64');
  fs.appendFileSync(`${ROOM_DIR}/${room}.log`, `${enc}.${signHistoryLine(secret, enc)}\n`);
}

function readHistory(room, password, secret) {
  return fs.readFileSync(`${ROOM_DIR}/${room}.log`, 'utf8').split('\n').filter(Boolean).map((row) => {
    const [enc, sig] = row.split('.');
    if (signHistoryLine(secret, enc) !== sig) throw new Error('history tampered');
    return roomCipher(password, Buffer.from(enc, 'base64').toString('latin1')).toString('utf8');
  });
}

function start(port, nodes) {
  const sessions = new Sessions();
  const ring = new RelayRing(nodes);
  return net.createServer((socket) => {
    socket.once('data', (hello) => {
      const nick = decodeFrame(hello).trim();
      const sid = sessions.open(socket, nick);
      socket.write(encodeFrame(JSON.stringify({ sid, relay: ring.nodeFor('lobby') }), false));
    });
  }).listen(port);
}

module.exports = { start, encodeFrame, decodeFrame, RelayRing, appendHistory, readHistory };
