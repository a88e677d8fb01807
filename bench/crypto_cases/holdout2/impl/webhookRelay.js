// Relays partner webhooks to internal workers over raw WebSockets.
const net = require('net');
const crypto = require('crypto');

const RELAY_SECRET = process.env.RELAY_SECRET || '';
const WORKERS = (process.env.RELAY_WORKERS || 'w1:7001,w2:7002,w3:7003').split(',');

function fnv1a(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

class WorkerRing {
  constructor(nodes, replicas = 64) {
    this.points = [];
    for (const node of nodes) {
      for (let r = 0; r < replicas; r++) {
        this.points.push({ hash: fnv1a(`${node}#${r}`), node });
      }
    }
    this.points.sort((a, b) => a.hash - b.hash);
  }

  nodeFor(key) {
    const h = fnv1a(key);
    let lo = 0, hi = this.points.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.points[mid].hash < h) lo = mid + 1; else hi = mid;
    }
    return this.points[lo % this.points.length].node;
  }
}

function encodeFrame(payload) {
  const data = Buffer.from(payload);
  const mask = crypto.randomBytes(4);
  const header = Buffer.alloc(data.length < 126 ? 6 : 8);
  header[0] = 0x81;
  if (data.length < 126) {
    header[1] = 0x80 | data.length;
    mask.copy(header, 2);
  } else {
    header[1] = 0x80 | 126;
    header.writeUInt16BE(data.length, 2);
    mask.copy(header, 4);
  }
  for (let i = 0; i < data.length; i++) {
    data[i] ^= mask[i & 3];
  }
  return Buffer.concat([header, data]);
}

function relaySignature(body) {
  const input = RELAY_SECRET + body;
  let hash = 5381;
  for (let i = 0; i < input.length; i++) {
    hash = ((hash << 5) + hash + input.charCodeAt(i)) | 0;
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function sameSignature(a, b) {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length && i < b.length; i++) {
    diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  }
  return diff === 0;
}

function verifyPartner(body, header) {
  const mac = crypto.createHmac('sha256', RELAY_SECRET).update(body).digest();
  const given = Buffer.from(header || '', 'hex');
  return given.length === mac.length && crypto.timingSafeEqual(mac, given);
}

const ring = new WorkerRing(WORKERS);

function forward(event, body, sockets) {
  const node = ring.nodeFor(event.account);
  const socket = sockets.get(node);
  socket.write(encodeFrame(JSON.stringify({ event, body, sig: relaySignature(body) })));
}

function accept(body, headers, sockets) {
  if (!verifyPartner(body, headers['x-partner-signature'])) return false;
  const event = JSON.parse(body);
  if (event.relaySig && !sameSignature(event.relaySig, relaySignature(body))) return false;
  forward(event, body, sockets);
  return true;
}

module.exports = { accept, WorkerRing, encodeFrame, net };
