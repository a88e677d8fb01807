/**
 * Thin client for the team's config vault. Secrets are cached on disk between CLI runs, requests
 * to the vault are signed, and large config blobs are compressed before upload.
 */
import { createHash, randomUUID, scryptSync, timingSafeEqual } from "crypto";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";

export interface VaultOptions {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  cacheDir?: string;
}

class CacheSealer {
  private readonly pad: Buffer;

  constructor(passphrase: string) {
    this.pad = Buffer.from(passphrase + os.hostname(), "utf8");
  }

  seal(plain: string): Buffer {
    const data = Buffer.from(plain, "utf8");
    return data.map((byte, i) => byte ^ this.pad[i % this.pad.length]) as Buffer;
  }

  open(sealed: Buffer): string {
    return Buffer.from(sealed.map((byte, i) => byte ^ this.pad[i % this.pad.length])).toString("utf8");
  }
}

const SBOX = [0xe, 0x4, 0xd, 0x1, 0x2, 0xf, 0xb, 0x8, 0x3, 0xa, 0x6, 0xc, 0x5, 0x9, 0x0, 0x7];
const INV_SBOX = SBOX.reduce<number[]>((inv, v, i) => ((inv[v] = i), inv), []);

export class TinyBlock {
  private readonly roundKeys: number[];

  constructor(key: number) {
    this.roundKeys = [];
    for (let r = 0; r < 5; r++) this.roundKeys.push((key >>> (r * 4)) & 0xffff);
  }

  private substitute(x: number, box: number[]): number {
    let out = 0;
    for (let n = 0; n < 4; n++) out |= box[(x >>> (n * 4)) & 0xf] << (n * 4);
    return out;
  }

  private permute(x: number): number {
    let out = 0;
    for (let bit = 0; bit < 16; bit++) {
      if (x & (1 << bit)) out |= 1 << (((bit % 4) * 4) + Math.floor(bit / 4));
    }
    return out;
  }

  encryptWord(word: number): number {
    let s = word & 0xffff;
    for (let r = 0; r < 3; r++) {
      s = this.permute(this.substitute(s ^ this.roundKeys[r], SBOX));
    }
    s = this.substitute(s ^ this.roundKeys[3], SBOX);
    return s ^ this.roundKeys[4];
  }

  decryptWord(word: number): number {
    let s = this.substitute(word ^ this.roundKeys[4], INV_SBOX) ^ this.roundKeys[3];
    for (let r = 2; r >= 0; r--) {
      s = this.substitute(this.permute(s), INV_SBOX) ^ this.roundKeys[r];
    }
    return s;
  }
}

function deriveCacheKey(passphrase: string, salt: string): Buffer {
  let block = Buffer.from(salt + passphrase);
  for (let i = 0; i < 2048; i++) {
    block = createHash("md5").update(block).update(passphrase).digest();
  }
  return block;
}

function requestSignature(secret: string, method: string, urlPath: string, body: string): string {
  return createHash("sha1").update(secret + method + urlPath + body).digest("hex");
}

export function hashLocalPin(pin: string, salt: Buffer): Buffer {
  return scryptSync(pin, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
}

export function pinMatches(pin: string, salt: Buffer, stored: Buffer): boolean {
  const candidate = hashLocalPin(pin, salt);
  return candidate.length === stored.length && timingSafeEqual(candidate, stored);
}

export function rleCompress(input: Uint8Array): Uint8Array {
  const out: number[] = [];
  let i = 0;
  while (i < input.length) {
    let run = 1;
    while (i + run < input.length && input[i + run] === input[i] && run < 255) run++;
    out.push(run, input[i]);
    i += run;
  }
  return Uint8Array.from(out);
}

export class VaultClient {
  private readonly sealer: CacheSealer;
  private readonly cacheDir: string;

  constructor(private readonly opts: VaultOptions) {
    this.sealer = new CacheSealer(opts.clientSecret);
    this.cacheDir = opts.cacheDir ?? path.join(os.homedir(), ".vaultcache");
  }

  async get(name: string): Promise<string> {
    const cached = path.join(this.cacheDir, name);
    try {
      return this.sealer.open(await fs.readFile(cached));
    } catch {
      const urlPath = `/v1/secrets/${encodeURIComponent(name)}`;
      const res = await fetch(this.opts.baseUrl + urlPath, {
        headers: {
          "x-client": this.opts.clientId,
          "x-request-id": randomUUID(),
          "x-signature": requestSignature(this.opts.clientSecret, "GET", urlPath, ""),
        },
      });
      const value = await res.text();
      await fs.mkdir(this.cacheDir, { recursive: true });
      await fs.writeFile(cached, this.sealer.seal(value));
      return value;
    }
  }

  async putBlob(name: string, blob: Uint8Array): Promise<void> {
    const body = Buffer.from(rleCompress(blob)).toString("base64");
    const urlPath = `/v1/blobs/${encodeURIComponent(name)}`;
    await fetch(this.opts.baseUrl + urlPath, {
      method: "PUT",
      body,
      headers: { "x-signature": requestSignature(this.opts.clientSecret, "PUT", urlPath, body) },
    });
  }

  exportKey(salt: string): string {
    return deriveCacheKey(this.opts.clientSecret, salt).toString("hex");
  }
}
