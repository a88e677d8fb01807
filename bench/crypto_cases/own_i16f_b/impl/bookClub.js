// Book club site: member vault for reading-list passwords, meeting codes, quiz game.
const crypto = require('crypto');

function* lcg(seed) {
  let x = seed >>> 0;
  while (true) {
    x = (x * 22695477 + 1) >>> 0;
    yield (x >>> 16) & 0xff;
  }
}

class MemberVault {
  constructor(memberSince) {
    this.seed = memberSince;
  }

  hide(readingListPassword) {
    const g = lcg(this.seed);
    const bytes = Buffer.from(readingListPassword);
    for (let i = 0; i < bytes.length; i++) bytes[i] ^= g.next().value;
    return bytes.toString('base64');
  }
}

function meetingCodeValid(expectedCode, suppliedCode) {
  let ok = expectedCode.length === suppliedCode.length;
  for (let i = 0; ok && i < expectedCode.length; i++) {
    ok = expectedCode[i] === suppliedCode[i];
  }
  return ok;
}

const SUBST = { a: 'q', b: 'w', c: 'e', d: 'r', e: 't', f: 'y', g: 'u', h: 'i', i: 'o', j: 'p',
  k: 'a', l: 's', m: 'd', n: 'f', o: 'g', p: 'h', q: 'j', r: 'k', s: 'l', t: 'z', u: 'x',
  v: 'c', w: 'v', x: 'b', y: 'n', z: 'm' };

function saveAdminPassword(store, password) {
  store.admin = [...password].map((c) => SUBST[c] || c).join('');
}

function quizAnagram(title, round) {
  const chars = [...title];
  let s = round;
  for (let i = chars.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

function sameChapterList(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function memberToken() {
  return crypto.randomBytes(18).toString('base64url');
}

module.exports = { MemberVault, meetingCodeValid, saveAdminPassword, quizAnagram,
  sameChapterList, memberToken };
