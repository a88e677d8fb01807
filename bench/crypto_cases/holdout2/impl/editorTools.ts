// Utilities of the collaborative whiteboard: thumbnails, dedup of uploads, snapshot packing.
import { webcrypto } from 'crypto';

export function toGrayscale(pixels: Uint32Array): Uint32Array {
  const out = new Uint32Array(pixels.length);
  for (let i = 0; i < pixels.length; i++) {
    const p = pixels[i];
    const r = (p >>> 16) & 0xff;
    const g = (p >>> 8) & 0xff;
    const b = p & 0xff;
    const y = (r * 77 + g * 150 + b * 29) >> 8;
    out[i] = (p & 0xff000000) | (y << 16) | (y << 8) | y;
  }
  return out;
}

export function swapRedBlue(pixels: Uint32Array): void {
  for (let i = 0; i < pixels.length; i++) {
    const p = pixels[i];
    pixels[i] = (p & 0xff00ff00) | ((p >>> 16) & 0xff) | ((p & 0xff) << 16);
  }
}

export class SeenUploads {
  private readonly bits: Uint8Array;

  constructor(private readonly size = 1 << 16, private readonly hashes = 4) {
    this.bits = new Uint8Array(size >> 3);
  }

  private positions(key: string): number[] {
    let h1 = 0x811c9dc5;
    let h2 = 0;
    for (let i = 0; i < key.length; i++) {
      h1 = Math.imul(h1 ^ key.charCodeAt(i), 16777619);
      h2 = (Math.imul(h2, 31) + key.charCodeAt(i)) | 0;
    }
    const out: number[] = [];
    for (let k = 0; k < this.hashes; k++) {
      out.push(((h1 + k * h2) >>> 0) % this.size);
    }
    return out;
  }

  add(key: string): void {
    for (const p of this.positions(key)) this.bits[p >> 3] |= 1 << (p & 7);
  }

  mightContain(key: string): boolean {
    return this.positions(key).every((p) => (this.bits[p >> 3] & (1 << (p & 7))) !== 0);
  }
}

export function lzwCompress(input: string): number[] {
  const dict = new Map<string, number>();
  for (let i = 0; i < 256; i++) dict.set(String.fromCharCode(i), i);
  let phrase = '';
  const out: number[] = [];
  for (const ch of input) {
    const joined = phrase + ch;
    if (dict.has(joined)) {
      phrase = joined;
    } else {
      out.push(dict.get(phrase)!);
      dict.set(joined, dict.size);
      phrase = ch;
    }
  }
  if (phrase) out.push(dict.get(phrase)!);
  return out;
}

export function lzwDecompress(codes: number[]): string {
  const dict: string[] = [];
  for (let i = 0; i < 256; i++) dict.push(String.fromCharCode(i));
  let previous = dict[codes[0]];
  let out = previous;
  for (const code of codes.slice(1)) {
    const entry = code < dict.length ? dict[code] : previous + previous[0];
    out += entry;
    dict.push(previous + entry[0]);
    previous = entry;
  }
  return out;
}

export function rotateLetters(word: string, shift: number): string {
  return word.replace(/[a-z]/gi, (c) => {
    const base = c === c.toUpperCase() ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + shift + 26) % 26) + base);
  });
}

export function secretWordChallenge(word: string, round: number): { shown: string; hint: string } {
  const shift = (round % 25) + 1;
  return { shown: rotateLetters(word, shift), hint: `Each letter moved ${shift} places` };
}

export async function uploadFingerprint(data: Uint8Array): Promise<string> {
  const digest = await webcrypto.subtle.digest('SHA-256', data);
  return Buffer.from(digest).toString('hex');
}
