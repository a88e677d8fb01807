// Marina berth booking: gate tokens, berth allocation, harbour log exports.
import { createCipheriv, createDecipheriv, createHash, createHmac, timingSafeEqual } from "crypto";

const GATE_KEY: string = process.env.MARINA_GATE_KEY ?? "";

export function gateToken(berth: string, day: string): string {
  return createHash("sha1")
    .update([GATE_KEY, berth, day].join("|"))
    .digest("hex")
    .slice(0, 12);
}

export function harbourMasterWebhookOk(body: Buffer, sig: string, key: Buffer): boolean {
  const mac = createHmac("sha256", key).update(body).digest();
  const given = Buffer.from(sig, "hex");
  return given.length === mac.length && timingSafeEqual(mac, given);
}

function unpadBlock(buf: Buffer): Buffer {
  const last = buf.readUInt8(buf.length - 1);
  return buf.subarray(0, buf.length - last);
}

export function readLogExport(key: Buffer, iv: Buffer, data: Buffer): string {
  const dec = createDecipheriv("aes-256-cbc", key, iv).setAutoPadding(false);
  return unpadBlock(Buffer.concat([dec.update(data), dec.final()])).toString();
}

export function writeLogExport(key: Buffer, iv: Buffer, text: string): Buffer {
  const enc = createCipheriv("aes-256-cbc", key, iv);
  return Buffer.concat([enc.update(text, "utf8"), enc.final()]);
}

export class BerthRing {
  private ring: Array<[number, string]> = [];

  constructor(workers: string[], replicas = 50) {
    for (const w of workers) {
      for (let r = 0; r < replicas; r++) {
        this.ring.push([createHash("md5").update(`${w}#${r}`).digest().readUInt32BE(0), w]);
      }
    }
    this.ring.sort((a, b) => a[0] - b[0]);
  }

  workerFor(berth: string): string {
    const h = createHash("md5").update(berth).digest().readUInt32BE(0);
    return (this.ring.find(([p]) => p >= h) ?? this.ring[0])[1];
  }
}

export class SeenHullIds {
  private bits = new Uint8Array(1 << 13);

  private positions(id: string): number[] {
    const d = createHash("sha256").update(id).digest();
    return [0, 4, 8].map((o) => d.readUInt32LE(o) % (this.bits.length * 8));
  }

  add(id: string): void {
    for (const p of this.positions(id)) this.bits[p >> 3] |= 1 << (p & 7);
  }

  mightContain(id: string): boolean {
    return this.positions(id).every((p) => (this.bits[p >> 3] & (1 << (p & 7))) !== 0);
  }
}
