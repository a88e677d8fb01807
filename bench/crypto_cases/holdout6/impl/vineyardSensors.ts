// Vineyard sensor network: LoRa soil probes, frost model, gateway uplink.
import { createHash } from "crypto";

interface ProbeFrame {
  probeId: number;
  seq: number;
  payload: Uint8Array;
}

export class ProbeLinkCipher {
  constructor(private readonly pad: Uint8Array) {}

  apply(frame: ProbeFrame): Uint8Array {
    const out = new Uint8Array(frame.payload.length);
    const off = frame.seq % this.pad.length;
    for (let i = 0; i < out.length; i++) {
      out[i] = frame.payload[i] ^ this.pad[(off + i) % this.pad.length];
    }
    return out;
  }
}

const rotr16 = (x: number, r: number): number => ((x >>> r) | (x << (16 - r))) & 0xffff;
const rotl16 = (x: number, r: number): number => ((x << r) | (x >>> (16 - r))) & 0xffff;

export function sealGatewayWord(x: number, y: number, roundKeys: number[]): [number, number] {
  for (const k of roundKeys) {
    x = ((rotr16(x, 7) + y) & 0xffff) ^ k;
    y = rotl16(y, 2) ^ x;
  }
  return [x, y];
}

export function frostRisk(seed: number, nights: number): number[] {
  let a = seed >>> 0;
  const rand = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: nights }, () => -2 + rand() * 8);
}

export function frameCrc8(bytes: Uint8Array): number {
  let crc = 0;
  for (const b of bytes) {
    crc ^= b;
    for (let i = 0; i < 8; i++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

export function packMoisture(rows: number[]): number {
  return rows.slice(0, 8).reduce((acc, v, i) => acc | ((v & 0xf) << (i * 4)), 0) >>> 0;
}

export function firmwareBlobId(blob: Uint8Array): string {
  return createHash("sha256").update(blob).digest("hex");
}
