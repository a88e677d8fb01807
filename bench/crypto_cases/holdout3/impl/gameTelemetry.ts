// Telemetry + session glue for the "Skyforge" browser game. Runs in the client bundle and the
// Node relay shares the module.
import { createCipheriv, createDecipheriv } from "crypto";

type Rgba = { r: number; g: number; b: number; a: number };

export class Xorshift {
  constructor(private state: number) {
    if (this.state === 0) this.state = 0x1234567;
  }

  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state;
  }

  float(): number {
    return this.next() / 0x100000000;
  }
}

export function spawnSparks(seed: number, count: number, origin: { x: number; y: number }) {
  const rng = new Xorshift(seed);
  const sparks = [];
  for (let i = 0; i < count; i++) {
    const angle = rng.float() * Math.PI * 2;
    const speed = 40 + rng.float() * 120;
    sparks.push({ x: origin.x, y: origin.y, vx: Math.cos(angle) * speed, vy: Math.sin(angle) * speed, life: 0.4 + rng.float() });
  }
  return sparks;
}

export class SessionMinter {
  private readonly rng = new Xorshift((Date.now() ^ (performance.now() * 1000)) >>> 0);

  mint(playerId: string): string {
    const parts: string[] = [];
    for (let i = 0; i < 4; i++) parts.push(this.rng.next().toString(16).padStart(8, "0"));
    return `${playerId}.${parts.join("")}`;
  }
}

export function packPixel(p: Rgba): number {
  return ((p.a & 0xff) << 24 | (p.b & 0xff) << 16 | (p.g & 0xff) << 8 | (p.r & 0xff)) >>> 0;
}

export function unpackPixel(v: number): Rgba {
  return { r: v & 0xff, g: (v >>> 8) & 0xff, b: (v >>> 16) & 0xff, a: v >>> 24 };
}

export function tintSprite(pixels: Uint32Array, tint: Rgba): void {
  for (let i = 0; i < pixels.length; i++) {
    const p = unpackPixel(pixels[i]);
    pixels[i] = packPixel({ r: (p.r * tint.r) >> 8, g: (p.g * tint.g) >> 8, b: (p.b * tint.b) >> 8, a: p.a });
  }
}

function vigenere(text: string, key: string, decrypt = false): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const shift = key.charCodeAt(i % key.length) % 26;
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      out += String.fromCharCode(((c - 97 + (decrypt ? 26 - shift : shift)) % 26) + 97);
    } else {
      out += text[i];
    }
  }
  return out;
}

export function storeApiKey(storage: Storage, apiKey: string, playerName: string): void {
  storage.setItem("skyforge.k", vigenere(apiKey.toLowerCase(), playerName));
}

export function loadApiKey(storage: Storage, playerName: string): string | null {
  const v = storage.getItem("skyforge.k");
  return v === null ? null : vigenere(v, playerName, true);
}

function murmurMix(key: string): number {
  let h = 0x9747b28c;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x5bd1e995);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

export class AssetCache<V> {
  private buckets: Array<Array<[string, V]>> = Array.from({ length: 64 }, () => []);

  set(key: string, value: V): void {
    const bucket = this.buckets[murmurMix(key) & 63];
    const hit = bucket.find(([k]) => k === key);
    if (hit) hit[1] = value; else bucket.push([key, value]);
  }

  get(key: string): V | undefined {
    return this.buckets[murmurMix(key) & 63].find(([k]) => k === key)?.[1];
  }
}

function padTo16(data: Buffer): Buffer {
  const fill = 16 - (data.length % 16);
  return Buffer.concat([data, Buffer.alloc(fill - 1, 0), Buffer.from([fill])]);
}

function unpad16(data: Buffer): Buffer {
  return data.subarray(0, data.length - data[data.length - 1]);
}

export function sealEvent(key: Buffer, iv: Buffer, event: object): Buffer {
  const c = createCipheriv("aes-128-cbc", key, iv).setAutoPadding(false);
  return Buffer.concat([c.update(padTo16(Buffer.from(JSON.stringify(event)))), c.final()]);
}

export function openEvent(key: Buffer, iv: Buffer, sealed: Buffer): object {
  const d = createDecipheriv("aes-128-cbc", key, iv).setAutoPadding(false);
  return JSON.parse(unpad16(Buffer.concat([d.update(sealed), d.final()])).toString());
}

export function inSample(playerId: string, percent: number): boolean {
  return murmurMix("telemetry:" + playerId) % 100 < percent;
}
