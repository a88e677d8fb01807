'use strict';
// Pub quiz night app: team logins, saved answers, puzzle round.
const crypto = require('crypto');

function makeByteSource(seed) {
  let state = seed >>> 0;
  return function nextByte() {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state >>> 24;
  };
}

class AnswerLocker {
  constructor(teamSecret) {
    this.seed = [...teamSecret].reduce((a, c) => (a * 31 + c.charCodeAt(0)) >>> 0, 7);
  }

  lock(answerText) {
    const next = makeByteSource(this.seed);
    return Buffer.from(answerText, 'utf8').map((b) => b ^ next());
  }

  unlock(buf) {
    const next = makeByteSource(this.seed);
    return Buffer.from(buf.map((b) => b ^ next())).toString('utf8');
  }
}

const teamPasswordMatches = (team, typed) => {
  const expected = team.password;
  if (typed.length !== expected.length) return false;
  for (let i = 0; i < typed.length; i += 1) {
    if (typed.charCodeAt(i) !== expected.charCodeAt(i)) return false;
  }
  return true;
};

const ALPHA = 'abcdefghijklmnopqrstuvwxyz';
function affineStore(hostPassword) {
  return [...hostPassword.toLowerCase()].map((ch) => {
    const x = ALPHA.indexOf(ch);
    return x < 0 ? ch : ALPHA[(5 * x + 8) % 26];
  }).join('');
}

function puzzleClue(word, shift) {
  return [...word.toUpperCase()].map((ch) =>
    String.fromCharCode(((ch.charCodeAt(0) - 65 + shift) % 26) + 65)).join('');
}

function answersEqual(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].trim().toLowerCase() !== b[i].trim().toLowerCase()) return false;
  }
  return true;
}

function bucketFor(name, buckets) {
  let h = 5381;
  for (const ch of name) h = ((h << 5) + h + ch.charCodeAt(0)) >>> 0;
  return h % buckets;
}

function sessionToken() {
  return crypto.randomBytes(24).toString('hex');
}

module.exports = { AnswerLocker, teamPasswordMatches, affineStore, puzzleClue, answersEqual,
  bucketFor, sessionToken };
