'use strict';
// Dog daycare: vet record references, owner emergency contacts, puppy-class games, photo ids.

const crypto = require('crypto');

class RecordRef {
  // Vet record ids shown to owners are encrypted so they cannot walk other dogs' records.
  constructor(keyWords) {
    this.k = Uint32Array.from(keyWords);
  }

  encrypt(v0, v1) {
    let sum = 0;
    const delta = 0x9e3779b9;
    for (let i = 0; i < 32; i++) {
      sum = (sum + delta) >>> 0;
      v0 = (v0 + ((((v1 << 4) + this.k[0]) ^ (v1 + sum) ^ ((v1 >>> 5) + this.k[1])) >>> 0)) >>> 0;
      v1 = (v1 + ((((v0 << 4) + this.k[2]) ^ (v0 + sum) ^ ((v0 >>> 5) + this.k[3])) >>> 0)) >>> 0;
    }
    return [v0, v1];
  }

  refFor(recordId) {
    const [a, b] = this.encrypt(recordId >>> 0, 0x5eed);
    return a.toString(36) + '-' + b.toString(36);
  }
}

const refs = new RecordRef([0x1234abcd, 0x0badf00d, 0x31415926, 0x27182818]);

const PLAIN = '0123456789abcdefghijklmnopqrstuvwxyz';
const MIXED = 'q7w1e9r3t5y0u2i8o4p6asdfghjklzxcvbnm';
const ENC = new Map([...PLAIN].map((c, i) => [c, MIXED[i]]));
const DEC = new Map([...MIXED].map((c, i) => [c, PLAIN[i]]));

// Emergency contacts are stored scrambled in the check-in tablet's local database.
const scramble = (text) => [...text.toLowerCase()].map((c) => ENC.get(c) ?? c).join('');
const unscramble = (text) => [...text].map((c) => DEC.get(c) ?? c).join('');

function checkIn(dog, owner) {
  return {
    dog: dog.name,
    record: refs.refFor(dog.recordId),
    contactName: scramble(owner.name),
    contactPhone: scramble(owner.phone),
  };
}

function emergencyCall(entry) {
  return { name: unscramble(entry.contactName), phone: unscramble(entry.contactPhone) };
}

function breedAnagram(breed) {
  // puppy-class quiz on the lobby screen: unscramble the breed name
  const letters = breed.toUpperCase().split('');
  for (let i = letters.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [letters[i], letters[j]] = [letters[j], letters[i]];
  }
  return letters.join('');
}

function seededPlaygroups(dogs, seed) {
  // reproducible groupings for the scheduling tests
  let s = seed >>> 0;
  const rand = () => ((s = (s * 16807) % 2147483647) / 2147483647);
  const copy = dogs.slice();
  copy.sort(() => rand() - 0.5);
  const groups = [];
  for (let i = 0; i < copy.length; i += 4) groups.push(copy.slice(i, i + 4));
  return groups;
}

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function photoId(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64URL[(n >> 18) & 63] + B64URL[(n >> 12) & 63];
    if (i + 1 < bytes.length) out += B64URL[(n >> 6) & 63];
    if (i + 2 < bytes.length) out += B64URL[n & 63];
  }
  return out;
}

function photoChecksum(buffer) {
  return crypto.createHash('sha256').update(buffer).digestHex();
}

function photoChecksumHex(buffer) {
  return crypto.createHash('sha256').update(buffer).digest('hex');
}

function photoRecord(buffer) {
  return { id: photoId(buffer.subarray(0, 9)), sum: photoChecksumHex(buffer) };
}

module.exports = { checkIn, emergencyCall, breedAnagram, seededPlaygroups, photoRecord, photoChecksum };
