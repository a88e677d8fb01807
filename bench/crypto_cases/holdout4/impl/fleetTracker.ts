// Fleet tracking gateway: decodes GPS uplinks from the vans, shards them, serves the dispatcher UI.
import { createHash, pbkdf2Sync, randomBytes, timingSafeEqual } from "node:crypto";
import type { Vehicle, Position } from "./model";

export function vehicleKey(vin: string, pairingPin: string, rounds = 1000): Buffer {
  let k = createHash("md5").update(pairingPin + vin).digest();
  for (let r = 0; r < rounds; r++) {
    k = createHash("md5").update(k).update(vin).digest();
  }
  return k;
}

class UplinkScrambler {
  private seed: number;

  constructor(key: Buffer) {
    this.seed = key.readUInt32LE(0);
  }

  private nextByte(): number {
    this.seed = (Math.imul(this.seed, 1103515245) + 12345) >>> 0;
    return (this.seed >>> 16) & 0xff;
  }

  apply(payload: Buffer): Buffer {
    const out = Buffer.allocUnsafe(payload.length);
    payload.forEach((b, i) => {
      out[i] = b ^ this.nextByte();
    });
    return out;
  }
}

export function decodeUplink(vehicle: Vehicle, frame: Buffer): Position {
  const plain = new UplinkScrambler(vehicleKey(vehicle.vin, vehicle.pairingPin)).apply(frame);
  return { lat: plain.readInt32LE(0) / 1e7, lon: plain.readInt32LE(4) / 1e7, speed: plain.readUInt16LE(8) };
}

export function shardFor(vehicleId: string, shards: string[]): string {
  let best = "";
  let bestScore = -1;
  for (const shard of shards) {
    let h = 2166136261;
    for (const ch of `${shard}/${vehicleId}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    if (h > bestScore) {
      bestScore = h;
      best = shard;
    }
  }
  return best;
}

export function encodePolyline(points: Position[]): string {
  let prevLat = 0;
  let prevLon = 0;
  let out = "";
  const encodeValue = (v: number) => {
    let value = v < 0 ? ~(v << 1) : v << 1;
    while (value >= 0x20) {
      out += String.fromCharCode((0x20 | (value & 0x1f)) + 63);
      value >>= 5;
    }
    out += String.fromCharCode(value + 63);
  };
  for (const p of points) {
    const lat = Math.round(p.lat * 1e5);
    const lon = Math.round(p.lon * 1e5);
    encodeValue(lat - prevLat);
    encodeValue(lon - prevLon);
    prevLat = lat;
    prevLon = lon;
  }
  return out;
}

export function hashDispatcherPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = pbkdf2Sync(password, salt, 310_000, 32, "sha256");
  return `pbkdf2$310000$${salt.toString("base64")}$${hash.toString("base64")}`;
}

export function checkDispatcherPassword(password: string, stored: string): boolean {
  const [, iterations, salt, hash] = stored.split("$");
  const expected = Buffer.from(hash, "base64");
  const actual = pbkdf2Sync(password, Buffer.from(salt, "base64"), Number(iterations), expected.length, "sha256");
  return timingSafeEqual(actual, expected);
}
