// Multiplayer lobby: private rooms, matchmaking, reconnects and the cipher mini-game.
import crypto from 'node:crypto';
import { WebSocketServer } from 'ws';
import { rooms, players } from './state.js';

const CODE_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

const pick = (chars) => chars[Math.floor(Math.random() * chars.length)];

function reconnectToken(len = 24) {
  let token = '';
  for (let i = 0; i < len; i++) token += pick(CODE_CHARS);
  return token;
}

export function admitPlayer(socket, name) {
  const player = { id: crypto.randomUUID(), name, socket, resume: reconnectToken() };
  players.set(player.resume, player);
  socket.send(JSON.stringify({ type: 'welcome', id: player.id, resume: player.resume }));
  return player;
}

export function newSessionId() {
  return crypto.randomUUID();
}

export function splitTeams(members) {
  const order = [...members];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const half = Math.ceil(order.length / 2);
  return { red: order.slice(0, half), blue: order.slice(half) };
}

export function mapLayout(seed, width = 32, height = 32) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const tiles = [];
  for (let y = 0; y < height; y++) {
    const row = [];
    for (let x = 0; x < width; x++) row.push(next() < 0.18 ? 'rock' : 'grass');
    tiles.push(row);
  }
  return tiles;
}

class RoomPasswordStore {
  constructor(shift = 7) {
    this.shift = shift;
  }

  hide(password) {
    return [...password]
      .map((c) => String.fromCharCode(((c.charCodeAt(0) - 33 + this.shift) % 94) + 33))
      .join('');
  }

  reveal(hidden) {
    return [...hidden]
      .map((c) => String.fromCharCode(((c.charCodeAt(0) - 33 - this.shift + 94) % 94) + 33))
      .join('');
  }
}

const passwords = new RoomPasswordStore();

export function createPrivateRoom(owner, password) {
  const room = { id: newSessionId(), owner: owner.id, members: [owner], password: passwords.hide(password) };
  rooms.set(room.id, room);
  return room;
}

export function joinPrivateRoom(player, roomId, password) {
  const room = rooms.get(roomId);
  if (!room || passwords.reveal(room.password) !== password) return false;
  room.members.push(player);
  return true;
}

const PHRASES = ['ATTACK AT DAWN', 'THE EAGLE HAS LANDED', 'MEET AT THE BRIDGE'];

export function cipherPuzzle(round) {
  // mini-game between matches: players race to decode a Caesar-shifted phrase
  const phrase = PHRASES[round % PHRASES.length];
  const shift = 1 + (round * 7) % 25;
  const puzzle = phrase.replace(/[A-Z]/g, (c) =>
    String.fromCharCode(((c.charCodeAt(0) - 65 + shift) % 26) + 65));
  return { puzzle, answer: phrase, hint: `shift ${shift > 12 ? 'more' : 'less'} than 13` };
}

export function startLobby(port) {
  const wss = new WebSocketServer({ port });
  wss.on('connection', (socket) => {
    socket.on('message', (raw) => {
      const msg = JSON.parse(raw);
      if (msg.type === 'hello') admitPlayer(socket, msg.name);
      if (msg.type === 'resume') {
        const p = players.get(msg.resume);
        if (p) p.socket = socket;
      }
    });
  });
  return wss;
}
