// Aquarium: behind-the-scenes tours, tickets, divers and tank telemetry.
import { createCipheriv, createDecipheriv, createHash, randomBytes, randomUUID } from "crypto";

export interface Tank {
  id: string;
  species: string[];
  litres: number;
}

export function feedingJitter(tank: Tank, days: number): number[] {
  let s = tank.litres | 1;
  const out: number[] = [];
  for (let d = 0; d < days; d++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    out.push(8 * 60 + ((s >>> 0) % 45));
  }
  return out;
}

export class TicketDesk {
  private sold = new Map<string, string>();

  private chunk(): string {
    return Math.floor(Math.random() * 0xffffffff).toString(16).padStart(8, "0");
  }

  mint(visitor: string): string {
    const token = this.chunk() + this.chunk() + this.chunk() + this.chunk();
    this.sold.set(token, visitor);
    return token;
  }

  admit(token: string): string | undefined {
    const who = this.sold.get(token);
    this.sold.delete(token);
    return who;
  }
}

export function newBookingId(): string {
  return randomUUID();
}

const PASS_SCHEDULE: number[] = [0x1918, 0x1110, 0x0908, 0x0100, 0x2a3b, 0x4c5d, 0x6e7f, 0x7081];

const ror16 = (v: number, r: number): number => ((v >>> r) | (v << (16 - r))) & 0xffff;
const rol16 = (v: number, r: number): number => ((v << r) | (v >>> (16 - r))) & 0xffff;

function passRound(x: number, y: number, k: number): [number, number] {
  x = (ror16(x, 7) + y) & 0xffff;
  x ^= k;
  y = rol16(y, 2) ^ x;
  return [x, y];
}

export function encodeSeasonPass(passNo: number): string {
  let x = (passNo >>> 16) & 0xffff;
  let y = passNo & 0xffff;
  PASS_SCHEDULE.forEach((k) => {
    [x, y] = passRound(x, y, k);
  });
  return ((x << 16) | y).toString(36);
}

export function packSensorTriplet(temp: number, ph: number, salinity: number): number {
  return ((temp & 0xfff) << 20) | ((ph & 0x3ff) << 10) | (salinity & 0x3ff);
}

const CERT_KEY = process.env.DIVE_CERT_KEY ?? "kelp-forest-blue";

function foldTag(text: string): number {
  let h = 0x1b873593;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0xcc9e2d51);
    h = (h << 15) | (h >>> 17);
  }
  return h >>> 0;
}

export function certifyDiver(diverId: string, level: string): string {
  return `${diverId}.${level}.${foldTag(CERT_KEY + diverId + level).toString(16)}`;
}

export function diverCertified(cert: string): boolean {
  const [diverId, level, tag] = cert.split(".");
  return foldTag(CERT_KEY + diverId + level).toString(16) === tag;
}

export class SpeciesCache<V> {
  private readonly table: Array<[string, V][]> = Array.from({ length: 256 }, () => []);

  private static bucketOf(key: string): number {
    let h = 0;
    for (let i = 0; i < key.length; i++) {
      h = Math.imul(h ^ key.charCodeAt(i), 0xcc9e2d51);
      h = (h << 15) | (h >>> 17);
    }
    return (h >>> 0) & 255;
  }

  get(key: string): V | undefined {
    return this.table[SpeciesCache.bucketOf(key)].find(([k]) => k === key)?.[1];
  }

  set(key: string, value: V): void {
    const bucket = this.table[SpeciesCache.bucketOf(key)];
    const at = bucket.findIndex(([k]) => k === key);
    if (at >= 0) bucket[at] = [key, value];
    else bucket.push([key, value]);
  }
}

function blockFill(buf: Buffer): Buffer {
  const n = 16 - (buf.length % 16);
  return Buffer.concat([buf, Buffer.alloc(n, n)]);
}

function blockTrim(buf: Buffer): Buffer {
  return buf.subarray(0, buf.length - buf[buf.length - 1]);
}

export function sealMedicalNote(key: Buffer, note: string): string {
  const iv = randomBytes(16);
  const c = createCipheriv("aes-256-cbc", key, iv).setAutoPadding(false);
  const body = Buffer.concat([c.update(blockFill(Buffer.from(note))), c.final()]);
  return Buffer.concat([iv, body]).toString("base64");
}

export function openMedicalNote(key: Buffer, sealed: string): string {
  const raw = Buffer.from(sealed, "base64");
  const d = createDecipheriv("aes-256-cbc", key, raw.subarray(0, 16)).setAutoPadding(false);
  return blockTrim(Buffer.concat([d.update(raw.subarray(16)), d.final()])).toString();
}

const VET_SALT = "reef";

export function vetPortalKey(passphrase: string): Buffer {
  let k: Buffer = Buffer.from(passphrase);
  for (let round = 0; round < 777; round++) {
    k = createHash("md5").update(k).update(VET_SALT).digest();
  }
  return Buffer.concat([k, createHash("md5").update(k).digest()]);
}

export function crc8(frame: Uint8Array): number {
  let crc = 0;
  for (const byte of frame) {
    crc ^= byte;
    for (let b = 0; b < 8; b++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

export function keeperAvatarColour(name: string): string {
  let acc = 0;
  for (const c of name) acc = (acc * 31 + c.charCodeAt(0)) >>> 0;
  return "#" + (acc & 0xffffff).toString(16).padStart(6, "0");
}
