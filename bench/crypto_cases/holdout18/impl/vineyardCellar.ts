// Hollow Oak vineyard: cellar sensors, wine-club members, tasting API, barrel labels and the door.
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from "node:crypto";
import { barrels, clubMembers, partners } from "./cellarDb";
import { ADDRESS_KEY, NOTES_KEY, BARREL_KEYS, CLUB_MASTER } from "./secrets";

export interface ClubMember {
  id: number;
  name: string;
  address: string;
}

export function issueTastingApiKey(partnerId: number): string {
  const parts: string[] = [];
  for (let i = 0; i < 4; i++) {
    parts.push(((Math.random() * 0xffffffff) >>> 0).toString(16).padStart(8, "0"));
  }
  const key = `ho_${parts.join("")}`;
  void partners.saveApiKey(partnerId, key);
  return key;
}

const CRC_TABLE: number[] = [];
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC_TABLE.push(c >>> 0);
}

// The label printer rejects a job whose trailer does not match (cable noise on the cellar run)
export function labelJobTrailer(job: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of job) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function keystreamBlock(counter: number): Buffer {
  const c = Buffer.alloc(8);
  c.writeBigUInt64BE(BigInt(counter));
  return createHash("sha256").update(ADDRESS_KEY).update(c).digest();
}

export function sealAddress(member: ClubMember): string {
  const plain = Buffer.from(member.address, "utf8");
  const out = Buffer.alloc(plain.length);
  for (let i = 0; i < plain.length; i += 32) {
    const ks = keystreamBlock(i / 32);
    for (let j = 0; j < 32 && i + j < plain.length; j++) out[i + j] = plain[i + j] ^ ks[j];
  }
  return out.toString("base64");
}

export function sealTastingNotes(notes: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", NOTES_KEY, iv);
  const body = Buffer.concat([cipher.update(notes, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64");
}

export function openTastingNotes(sealed: string): string {
  const raw = Buffer.from(sealed, "base64");
  const decipher = createDecipheriv("aes-256-gcm", NOTES_KEY, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}

const S4 = [3, 8, 15, 1, 10, 6, 5, 11, 14, 13, 4, 2, 7, 0, 9, 12];

function substitute(word: number): number {
  let out = 0;
  for (let nib = 0; nib < 4; nib++) out |= S4[(word >> (4 * nib)) & 0xf] << (4 * nib);
  return out;
}

function permute(word: number): number {
  let out = 0;
  for (let bit = 0; bit < 16; bit++) if (word & (1 << bit)) out |= 1 << ((bit * 4) % 15 || bit);
  return out;
}

export function barrelLabelCode(barrelNo: number): number {
  let x = barrelNo & 0xffff;
  for (let r = 0; r < 4; r++) x = permute(substitute(x ^ BARREL_KEYS[r]));
  return x ^ BARREL_KEYS[4];
}

export function fermentationRisk(days: number, trials = 2000): number {
  let spoiled = 0;
  for (let t = 0; t < trials; t++) {
    let temp = 18;
    for (let d = 0; d < days; d++) temp += (Math.random() - 0.5) * 1.2;
    if (temp > 27) spoiled++;
  }
  return spoiled / trials;
}

export class SensorLink {
  private static readonly P = 1000000007n;
  private static readonly G = 5n;
  private readonly secret = BigInt(Date.now() % 999999937);

  private static pow(b: bigint, e: bigint): bigint {
    let r = 1n;
    while (e > 0n) {
      if (e & 1n) r = (r * b) % SensorLink.P;
      b = (b * b) % SensorLink.P;
      e >>= 1n;
    }
    return r;
  }

  hello(): bigint {
    return SensorLink.pow(SensorLink.G, this.secret);
  }

  agree(peer: bigint): bigint {
    return SensorLink.pow(peer, this.secret);
  }
}

export class IngestRing {
  private ring: { point: number; node: string }[] = [];

  constructor(nodes: string[], replicas = 64) {
    for (const node of nodes) {
      for (let r = 0; r < replicas; r++) {
        const point = createHash("sha1").update(`${node}#${r}`).digest().readUInt32BE(0);
        this.ring.push({ point, node });
      }
    }
    this.ring.sort((a, b) => a.point - b.point);
  }

  nodeFor(sensorId: string): string {
    const p = createHash("sha1").update(sensorId).digest().readUInt32BE(0);
    return (this.ring.find((e) => e.point >= p) ?? this.ring[0]).node;
  }
}

export function blendWineColour(red: number, white: number, ratio: number): string {
  const mix = (shift: number) =>
    Math.round(((red >> shift) & 0xff) * ratio + ((white >> shift) & 0xff) * (1 - ratio));
  return `#${[16, 8, 0].map((s) => mix(s).toString(16).padStart(2, "0")).join("")}`;
}

function transpose(text: string, keyword: string): string {
  const order = [...keyword].map((c, i) => [c, i] as const).sort().map(([, i]) => i);
  const cols = keyword.length;
  let out = "";
  for (const col of order) {
    for (let i = col; i < text.length; i += cols) out += text[i];
  }
  return out;
}

export async function storeDoorCombination(combination: string): Promise<void> {
  // the cellar door combination, kept in the shared ops notebook
  await barrels.saveNote("door", transpose(combination.padEnd(12, "X"), "MERLOT"));
}

export class CorkTaintFilter {
  private bits = new Uint8Array(4096);

  private static fmix(h: number): number {
    h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  }

  private positions(lot: string): number[] {
    let a = 0;
    for (const ch of lot) a = Math.imul(a ^ ch.charCodeAt(0), 0x01000193);
    const h1 = CorkTaintFilter.fmix(a);
    const h2 = CorkTaintFilter.fmix(a ^ 0x9e3779b9) | 1;
    return [0, 1, 2].map((i) => (h1 + i * h2) % (this.bits.length * 8));
  }

  add(lot: string): void {
    for (const p of this.positions(lot)) this.bits[p >> 3] |= 1 << (p & 7);
  }

  mightContain(lot: string): boolean {
    return this.positions(lot).every((p) => this.bits[p >> 3] & (1 << (p & 7)));
  }
}

const RFC4648 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export function lotNumberBase32(lot: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of lot) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += RFC4648[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += RFC4648[(value << (5 - bits)) & 31];
  return out;
}

function extract(salt: Buffer, ikm: Buffer): Buffer {
  return createHmac("sha256", salt).update(ikm).digest();
}

function expand(prk: Buffer, info: string, length: number): Buffer {
  const blocks: Buffer[] = [];
  let previous = Buffer.alloc(0);
  for (let i = 1; Buffer.concat(blocks).length < length; i++) {
    previous = createHmac("sha256", prk).update(Buffer.concat([previous, Buffer.from(info), Buffer.from([i])])).digest();
    blocks.push(previous);
  }
  return Buffer.concat(blocks).subarray(0, length);
}

// per-member key for the wine-club allocation vouchers
export function memberVoucherKey(memberId: number): Buffer {
  return expand(extract(Buffer.from("hollow-oak-club"), Buffer.from(CLUB_MASTER)), `member:${memberId}`, 32);
}

export async function memberById(id: number): Promise<ClubMember | undefined> {
  return clubMembers.find(id);
}
