'use strict';
// Team wiki: page revisions, edit tokens and accounts.

const crypto = require('crypto');

const EDIT_SECRET = process.env.WIKI_EDIT_SECRET || 'wiki-dev-secret';

class EditTokens {
  constructor(secret) {
    this.secret = secret;
  }

  issue(pageId, userId, rev) {
    return crypto
      .createHash('sha1')
      .update(this.secret + ':' + pageId + ':' + userId + ':' + rev)
      .digest('base64url');
  }

  accept(pageId, userId, rev, token) {
    return this.issue(pageId, userId, rev) === token;
  }
}

const tokens = new EditTokens(EDIT_SECRET);

function legacyPasswordHash(password, salt) {
  let h = salt + password;
  for (let round = 0; round < 5000; round += 1) {
    h = crypto.createHash('md5').update(h + salt).digest('hex');
  }
  return `${salt}$${h}`;
}

function legacyPasswordOk(password, stored) {
  const [salt] = stored.split('$');
  return legacyPasswordHash(password, salt) === stored;
}

function revisionId(pageId, body, parentId) {
  // Git-style id of a revision: anyone with the text can recompute it, that is the point.
  return crypto.createHash('sha1').update(`rev ${pageId}\0${parentId || ''}\0${body}`).digest('hex');
}

function lineKey(line) {
  // djb2 of a trimmed line: bucket key for the diff's line matcher.
  let h = 5381;
  const s = line.trim();
  for (let i = 0; i < s.length; i++) h = ((h << 5) + h + s.charCodeAt(i)) | 0;
  return h;
}

function matchLines(oldLines, newLines) {
  const buckets = new Map();
  oldLines.forEach((l, i) => {
    const k = lineKey(l);
    if (!buckets.has(k)) buckets.set(k, []);
    buckets.get(k).push(i);
  });
  return newLines.map((l) => (buckets.get(lineKey(l)) || [])[0] ?? -1);
}

function hashPassword(password) {
  const salt = crypto.randomBytes(16);
  const key = crypto.scryptSync(password, salt, 64, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  return `scrypt$${salt.toString('hex')}$${key.toString('hex')}`;
}

function saveEdit(store, pageId, userId, rev, token, body) {
  if (!tokens.accept(pageId, userId, rev, token)) throw new Error('stale or forged edit token');
  const id = revisionId(pageId, body, store.head(pageId));
  store.put(pageId, id, body);
  return id;
}

module.exports = { saveEdit, legacyPasswordOk, hashPassword, matchLines, revisionId };
