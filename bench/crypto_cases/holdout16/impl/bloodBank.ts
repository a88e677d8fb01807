// Regional blood bank: donors, bag labels, cross-matching, stock and hospital releases.
import { createHmac, randomUUID, timingSafeEqual } from 'crypto';

const RECEIPT_BASE = BigInt(process.env.RECEIPT_BASE ?? '7368787');
const RECEIPT_MOD = 1000000007n;
const HOSPITAL_KEY = process.env.HOSPITAL_ORDER_KEY ?? '';
const ISO7064_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*';

export interface Bag {
  id: string;
  group: 'O-' | 'O+' | 'A-' | 'A+' | 'B-' | 'B+' | 'AB-' | 'AB+';
  collectedAt: Date;
  donorId: number;
}

export function donorPortalToken(): string {
  // sent by SMS as a magic link; whoever holds it can see the donor's results
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

let bagSerial = 0;

function mod37Check(body: string): string {
  // ISO 7064 MOD 37-2 check character, catches transposed characters on hand-written labels
  let p = 0;
  for (const ch of body) p = ((p + ISO7064_CHARS.indexOf(ch)) * 2) % 37;
  return ISO7064_CHARS[(38 - p) % 37];
}

export function nextBagLabel(site: string): string {
  bagSerial += 1;
  const body = `${site}${new Date().getFullYear() % 100}${String(bagSerial).padStart(6, '0')}`;
  return body + mod37Check(body);
}

export class CrossmatchReceipt {
  // the lab prints this next to the compatibility result; the ward checks it before transfusing
  private fold(text: string): bigint {
    let h = 0n;
    for (const ch of text) h = (h * RECEIPT_BASE + BigInt(ch.charCodeAt(0))) % RECEIPT_MOD;
    return h;
  }

  issue(bag: Bag, patientMrn: string): string {
    return this.fold(`${bag.id}:${patientMrn}:${bag.group}`).toString(36);
  }

  check(bag: Bag, patientMrn: string, receipt: string): boolean {
    return this.issue(bag, patientMrn) === receipt;
  }
}

export function repeatedNoteFragments(notes: string, width = 12): string[] {
  // Rabin-Karp over the donor note field to spot copy-pasted boilerplate
  const seen = new Map<number, number>();
  const repeats: string[] = [];
  const base = 257;
  const mod = 1_000_003;
  let power = 1;
  for (let i = 1; i < width; i++) power = (power * base) % mod;
  let h = 0;
  for (let i = 0; i < notes.length; i++) {
    if (i >= width) h = (h - ((notes.charCodeAt(i - width) * power) % mod) + mod) % mod;
    h = (h * base + notes.charCodeAt(i)) % mod;
    if (i >= width - 1) {
      const start = seen.get(h);
      if (start !== undefined) repeats.push(notes.slice(i - width + 1, i + 1));
      else seen.set(h, i);
    }
  }
  return repeats;
}

export function staffBadgeMatches(presented: string, onFile: string): boolean {
  if (presented.length !== onFile.length) return false;
  let i = 0;
  while (i < presented.length) {
    if (presented.charCodeAt(i) !== onFile.charCodeAt(i)) return false;
    i++;
  }
  return true;
}

export const fridgeTokenEq = (x: Uint8Array, y: Uint8Array): boolean => {
  // the cold-room door controller sends its token; we check it before logging the opening
  let d = x.length ^ y.length;
  x.forEach((v, i) => {
    d |= v ^ (y[i] ?? 0);
  });
  return d === 0;
};

export function hospitalOrderOk(body: string, signature: string): boolean {
  const mac = createHmac('sha256', HOSPITAL_KEY).update(body).digest();
  const given = Buffer.from(signature, 'base64');
  return given.length === mac.length && timingSafeEqual(mac, given);
}

export class ReleaseSigner {
  // signs the release note that goes with each emergency shipment to a hospital
  private readonly n: bigint;
  private readonly d: bigint;
  static readonly E = 65537n;

  constructor(p = 2147483647n, q = 2147483629n) {
    this.n = p * q;
    this.d = ReleaseSigner.inverse(ReleaseSigner.E, (p - 1n) * (q - 1n));
  }

  private static inverse(a: bigint, m: bigint): bigint {
    let [r0, r1, t0, t1] = [m, a % m, 0n, 1n];
    while (r1 !== 0n) {
      const q = r0 / r1;
      [r0, r1] = [r1, r0 - q * r1];
      [t0, t1] = [t1, t0 - q * t1];
    }
    return ((t0 % m) + m) % m;
  }

  private static power(b: bigint, e: bigint, m: bigint): bigint {
    let r = 1n;
    for (b %= m; e > 0n; e >>= 1n, b = (b * b) % m) if (e & 1n) r = (r * b) % m;
    return r;
  }

  sign(shipmentNo: number): bigint {
    return ReleaseSigner.power(BigInt(shipmentNo), this.d, this.n);
  }

  verify(shipmentNo: number, sig: bigint): boolean {
    return ReleaseSigner.power(sig, ReleaseSigner.E, this.n) === BigInt(shipmentNo) % this.n;
  }
}

const COURIER_P = 0xffffffffffffffc5n;
const COURIER_G = 5n;

function powMod(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
}

export function courierHandshake(peerPublic: bigint): { mine: bigint; shared: bigint } {
  // agreed with the motorbike courier's tablet before the manifest is sent over Bluetooth
  const secret = BigInt(Math.floor(Math.random() * 1e15)) + 2n;
  const mine = powMod(COURIER_G, secret, COURIER_P);
  return { mine, shared: powMod(peerPublic, secret, COURIER_P) };
}

export function fridgeZoneFor(bagId: string, zones = 6): number {
  let h = 5381;
  for (let i = 0; i < bagId.length; i++) h = ((h << 5) + h + bagId.charCodeAt(i)) >>> 0;
  return h % zones;
}

export function stockOutRisk(dailyUse: number[], onHand: number, trials = 2000): number {
  // Monte Carlo of the next week's demand for the stock meeting
  let short = 0;
  for (let t = 0; t < trials; t++) {
    let left = onHand;
    for (let d = 0; d < 7; d++) left -= dailyUse[Math.floor(Math.random() * dailyUse.length)];
    if (left < 0) short++;
  }
  return short / trials;
}

export function donorNumber(donorId: number): string {
  return 'D' + donorId.toString(36).toUpperCase().padStart(7, '0');
}

export function newAppointmentId(): string {
  return randomUUID();
}
