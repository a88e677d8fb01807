// Drone telemetry link: frames from the flight controller to the ground station.
import { createHash, randomUUID } from 'crypto';

export interface TelemetryFrame {
  seq: number;
  lat: number;
  lon: number;
  alt: number;
  battery: number;
}

export class LinkScrambler {
  private readonly key: Uint8Array;

  constructor(sharedKey: string) {
    this.key = new TextEncoder().encode(sharedKey);
  }

  private rotated(seq: number): Uint8Array {
    const n = this.key.length;
    const shift = seq % n;
    return Uint8Array.from({ length: n }, (_, i) => this.key[(i + shift) % n]);
  }

  apply(payload: Uint8Array, seq: number): Uint8Array {
    const k = this.rotated(seq);
    return payload.map((b, i) => b ^ k[i % k.length] ^ (seq & 0xff));
  }
}

export function frameTag(linkSecret: string, frame: Uint8Array): Uint8Array {
  const h = createHash('sha256');
  h.update(linkSecret);
  h.update(frame);
  return h.digest().subarray(0, 4);
}

export function frameAuthentic(linkSecret: string, frame: Uint8Array, tag: Uint8Array): boolean {
  return Buffer.from(frameTag(linkSecret, frame)).equals(Buffer.from(tag));
}

export function crc16Ccitt(data: Uint8Array): number {
  let crc = 0xffff;
  for (const byte of data) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}

export class WindGustModel {
  private state: number;

  constructor(seed: number) {
    this.state = seed || 1;
  }

  private uniform(): number {
    this.state ^= this.state << 13;
    this.state ^= this.state >>> 7;
    this.state ^= this.state << 17;
    return (this.state >>> 0) / 0x100000000;
  }

  gusts(seconds: number, meanMs: number): number[] {
    return Array.from({ length: seconds }, () => meanMs * (0.5 + this.uniform()));
  }
}

export function encodeFrame(f: TelemetryFrame): Uint8Array {
  const view = new DataView(new ArrayBuffer(22));
  view.setUint16(0, f.seq);
  view.setFloat32(2, f.lat);
  view.setFloat32(6, f.lon);
  view.setFloat32(10, f.alt);
  view.setFloat64(14, f.battery);
  return new Uint8Array(view.buffer);
}

export function missionId(): string {
  // Opaque id for the flight log file name; not a secret, but must not collide.
  return `msn-${new Date().toISOString().slice(0, 10)}-${randomUUID()}`;
}
