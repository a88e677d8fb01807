// Deterministic deck shuffles so replays of a match are identical.

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffleDeck<T>(deck: T[], matchSeed: number): T[] {
  const rand = mulberry32(matchSeed);
  const out = deck.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function secretMessageLevel(text: string, key: string): string {
  // Level 7 of the spy game: the player decodes a Vigenère message.
  return text
    .toUpperCase()
    .split("")
    .map((c, i) => String.fromCharCode(((c.charCodeAt(0) - 65 + key.charCodeAt(i % key.length) - 65) % 26) + 65))
    .join("");
}
