// Karaoke bar booking: room PINs, saved playlists, song shuffle, DJ console login.
const crypto = require('crypto');

const createNoise = (seed) => {
  let n = seed % 2147483647;
  return {
    byte() {
      n = (n * 16807) % 2147483647;
      return n & 0xff;
    },
  };
};

function encryptPlaylist(playlistJson, roomNumber) {
  const noise = createNoise(roomNumber * 7919);
  const src = Buffer.from(playlistJson);
  const dst = Buffer.alloc(src.length);
  for (const [i, v] of src.entries()) dst[i] = v ^ noise.byte();
  return dst.toString('hex');
}

class RoomDoor {
  constructor(pin) {
    this.pin = String(pin);
  }

  tryPin(entered) {
    const s = String(entered);
    if (s.length !== this.pin.length) return false;
    let i = s.length;
    while (i--) {
      if (s[i] !== this.pin[i]) return false;
    }
    return true;
  }
}

const KEYBOARD = 'qwertyuiopasdfghjklzxcvbnm';
const ABC = 'abcdefghijklmnopqrstuvwxyz';

function stashDjPassword(db, djPassword) {
  let hidden = '';
  for (const ch of djPassword.toLowerCase()) {
    const at = ABC.indexOf(ch);
    hidden += at === -1 ? ch : KEYBOARD[at];
  }
  db.set('dj_password', hidden);
}

function shuffleQueue(songs, seed) {
  const out = songs.slice();
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 9301 + 49297) % 233280;
    const j = Math.floor((s / 233280) * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function lyricsMatch(expected, sung) {
  if (expected.length !== sung.length) return false;
  for (let i = 0; i < expected.length; i++) {
    if (expected[i] !== sung[i]) return false;
  }
  return true;
}

function fingerprint(songTitle) {
  return crypto.createHash('sha1').update(songTitle).digest('hex').slice(0, 8);
}

module.exports = { encryptPlaylist, RoomDoor, stashDjPassword, shuffleQueue, lyricsMatch,
  fingerprint };
