// Browser game: level generation, quiz order and cloud save slots.
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateLevel(seed, width, height) {
  const rand = mulberry32(seed);
  const tiles = [];
  for (let y = 0; y < height; y++) {
    const row = [];
    for (let x = 0; x < width; x++) {
      const r = rand();
      row.push(r < 0.1 ? 'rock' : r < 0.15 ? 'coin' : 'grass');
    }
    tiles.push(row);
  }
  return tiles;
}

export function shuffleQuestions(questions) {
  const order = questions.slice();
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

function passphraseSeed(passphrase) {
  let seed = 0;
  for (const ch of passphrase) {
    seed = (Math.imul(seed, 31) + ch.charCodeAt(0)) >>> 0;
  }
  return seed;
}

export function sealSaveSlot(json, passphrase) {
  const next = mulberry32(passphraseSeed(passphrase));
  const bytes = new TextEncoder().encode(json);
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    out[i] = bytes[i] ^ Math.floor(next() * 256);
  }
  return btoa(String.fromCharCode(...out));
}

export function openSaveSlot(sealed, passphrase) {
  const next = mulberry32(passphraseSeed(passphrase));
  const bytes = Uint8Array.from(atob(sealed), (c) => c.charCodeAt(0));
  for (let i = 0; i < bytes.length; i++) {
    bytes[i] ^= Math.floor(next() * 256);
  }
  return new TextDecoder().decode(bytes);
}

export function adler32(bytes) {
  let a = 1, b = 0;
  for (let i = 0; i < bytes.length; i++) {
    a = (a + bytes[i]) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

export async function uploadSlot(slot, json, passphrase) {
  const sealed = sealSaveSlot(json, passphrase);
  const checksum = adler32(new TextEncoder().encode(sealed));
  await fetch(`/api/saves/${slot}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sealed, checksum }),
  });
}
