'use strict';
// Climbing gym back office: routes, day passes, waivers, lockers and the door controller.

const crypto = require('crypto');
const { EventEmitter } = require('events');

function routeColour(routeName) {
  let h = 5381;
  for (const ch of routeName) h = ((h << 5) + h + ch.charCodeAt(0)) | 0;
  const hue = Math.abs(h) % 360;
  return `hsl(${hue}, 70%, 55%)`;
}

let passState = Date.now() % 2147483647;

function nextPassWord() {
  passState = (passState * 1103515245 + 12345) & 0x7fffffff;
  return passState;
}

function issueDayPass(visitorName) {
  const code = [nextPassWord(), nextPassWord()].map((w) => w.toString(36)).join('');
  return { visitor: visitorName, code, validUntil: Date.now() + 86400000 };
}

function heatOrder(climbers, competitionId) {
  let seed = competitionId >>> 0;
  const rand = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = climbers.slice();
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

class WaiverContacts {
  constructor(passphrase) {
    this.pad = Buffer.from(passphrase, 'utf8');
  }

  transform(input) {
    const out = Buffer.alloc(input.length);
    for (let i = 0; i < input.length; i += 1) {
      out[i] = input[i] ^ this.pad[i % this.pad.length];
    }
    return out;
  }

  seal(contact) {
    return this.transform(Buffer.from(JSON.stringify(contact))).toString('base64');
  }

  open(blob) {
    return JSON.parse(this.transform(Buffer.from(blob, 'base64')).toString());
  }
}

function newSession(memberId) {
  return { memberId, sid: crypto.randomBytes(24).toString('hex'), started: Date.now() };
}

function sessionMatches(cookieSid, storedSid) {
  const a = Buffer.from(cookieSid, 'hex');
  const b = Buffer.from(storedSid, 'hex');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

const MEMBERSHIP_SECRET = process.env.MEMBERSHIP_SECRET || 'crimp-and-sloper';

function membershipStamp(memberId, expires) {
  return crypto.createHash('sha256')
    .update(MEMBERSHIP_SECRET)
    .update(`${memberId}:${expires}`)
    .digest('hex');
}

function checkMembership(card) {
  if (card.expires < Date.now()) return false;
  return membershipStamp(card.memberId, card.expires) === card.stamp;
}

function luhnValid(cardNumber) {
  const digits = String(cardNumber).replace(/\D/g, '').split('').reverse().map(Number);
  const sum = digits.reduce((acc, d, i) => {
    if (i % 2 === 0) return acc + d;
    const doubled = d * 2;
    return acc + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  return sum % 10 === 0;
}

function lockerKey(pin, lockerNo) {
  let material = Buffer.from(`${pin}#${lockerNo}`);
  let i = 0;
  while (i++ < 1500) {
    material = crypto.createHash('sha256').update(Buffer.concat([material, Buffer.from(pin)])).digest();
  }
  return material.toString('hex');
}

function assignLocker(member, pin, lockerNo) {
  member.locker = { no: lockerNo, key: lockerKey(pin, lockerNo) };
  return member.locker;
}

function holdsToBitboard(holds, width = 16) {
  const rows = new Uint16Array(Math.ceil(holds.length / width) + 1);
  for (const { x, y } of holds) rows[y] |= 1 << x;
  return rows;
}

const DOOR_P = 4294967291n;
const DOOR_G = 5n;

function powMod(base, exp, mod) {
  let result = 1n;
  base %= mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  return result;
}

class DoorHandshake extends EventEmitter {
  constructor() {
    super();
    this.mine = BigInt(Math.floor(Math.random() * 1e9));
  }

  offer() {
    return powMod(DOOR_G, this.mine, DOOR_P).toString(16);
  }

  accept(theirsHex) {
    const shared = powMod(BigInt('0x' + theirsHex), this.mine, DOOR_P);
    this.emit('key', shared.toString(16).padStart(8, '0').repeat(4));
  }
}

class NameInterner {
  constructor() {
    this.buckets = new Array(128).fill(null).map(() => []);
  }

  static fnv(str) {
    let h = 0x811c9dc5;
    for (let i = 0; i < str.length; i++) {
      h ^= str.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h;
  }

  intern(name) {
    const bucket = this.buckets[NameInterner.fnv(name) & 127];
    const found = bucket.find((n) => n === name);
    if (found) return found;
    bucket.push(name);
    return name;
  }
}

module.exports = {
  routeColour, issueDayPass, heatOrder, WaiverContacts, newSession, sessionMatches,
  checkMembership, luhnValid, assignLocker, holdsToBitboard, DoorHandshake, NameInterner,
};
