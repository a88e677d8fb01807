// Remember-me support for the single page app: the refresh token lives in localStorage.
'use strict';

const STORAGE_KEY = 'app.refresh';
const DELTA = 0x9e3779b9;

function strToWords(str) {
  const words = new Uint32Array(Math.ceil(str.length / 4) + 1);
  for (let i = 0; i < str.length; i++) {
    words[i >> 2] |= str.charCodeAt(i) << ((i & 3) * 8);
  }
  words[words.length - 1] = str.length;
  return words;
}

function wordsToStr(words) {
  const len = words[words.length - 1];
  let out = '';
  for (let i = 0; i < len; i++) {
    out += String.fromCharCode((words[i >> 2] >>> ((i & 3) * 8)) & 0xff);
  }
  return out;
}

function encipherPair(v, k) {
  let v0 = v[0], v1 = v[1], sum = 0;
  for (let i = 0; i < 32; i++) {
    sum = (sum + DELTA) >>> 0;
    v0 = (v0 + ((((v1 << 4) + k[0]) ^ (v1 + sum) ^ ((v1 >>> 5) + k[1])) >>> 0)) >>> 0;
    v1 = (v1 + ((((v0 << 4) + k[2]) ^ (v0 + sum) ^ ((v0 >>> 5) + k[3])) >>> 0)) >>> 0;
  }
  v[0] = v0;
  v[1] = v1;
}

function decipherPair(v, k) {
  let v0 = v[0], v1 = v[1], sum = (DELTA * 32) >>> 0;
  for (let i = 0; i < 32; i++) {
    v1 = (v1 - ((((v0 << 4) + k[2]) ^ (v0 + sum) ^ ((v0 >>> 5) + k[3])) >>> 0)) >>> 0;
    v0 = (v0 - ((((v1 << 4) + k[0]) ^ (v1 + sum) ^ ((v1 >>> 5) + k[1])) >>> 0)) >>> 0;
    sum = (sum - DELTA) >>> 0;
  }
  v[0] = v0;
  v[1] = v1;
}

export function saveRefreshToken(token, deviceKey) {
  const words = strToWords(token);
  const padded = new Uint32Array(words.length + (words.length & 1));
  padded.set(words);
  for (let i = 0; i < padded.length; i += 2) {
    encipherPair(padded.subarray(i, i + 2), deviceKey);
  }
  localStorage.setItem(STORAGE_KEY, JSON.stringify(Array.from(padded)));
}

export function loadRefreshToken(deviceKey) {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (!stored) return null;
  const words = Uint32Array.from(JSON.parse(stored));
  for (let i = 0; i < words.length; i += 2) {
    decipherPair(words.subarray(i, i + 2), deviceKey);
  }
  return wordsToStr(words.length % 2 ? words : trimPad(words));
}

function trimPad(words) {
  let end = words.length;
  while (end > 1 && words[end - 1] === 0) end--;
  return words.subarray(0, end);
}

export function newCsrfToken() {
  let token = '';
  while (token.length < 32) {
    token += Math.random().toString(36).slice(2);
  }
  return token.slice(0, 32);
}

export function hideApiKey(key) {
  return key.replace(/[a-zA-Z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

export function storeApiKey(key) {
  sessionStorage.setItem('app.apiKey', hideApiKey(key));
}
