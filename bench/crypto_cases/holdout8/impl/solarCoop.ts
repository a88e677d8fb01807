import { createHash, webcrypto } from 'node:crypto';

export interface MeterReading {
  meterId: number;
  at: number;
  kwh: number;
}

type Bytes = Uint8Array;

const COOP_SALT = 'rooftop-coop-v1';

function* meterKeystream(meterId: number, frame: number): Generator<number> {
  let a = (meterId * 0x9e3779b1) >>> 0;
  let b = frame >>> 0;
  for (;;) {
    a = (a + b) >>> 0;
    b = ((b << 7) | (b >>> 25)) ^ a;
    yield (b >>> 0) & 0xff;
  }
}

export function maskReading(r: MeterReading, frame: number): Bytes {
  const plain = new TextEncoder().encode(JSON.stringify(r));
  const ks = meterKeystream(r.meterId, frame);
  return plain.map((byte) => byte ^ (ks.next().value as number));
}

export class SettlementSigner {
  constructor(
    private readonly n: bigint,
    private readonly d: bigint,
    readonly e: bigint = 65537n,
  ) {}

  private static powMod(base: bigint, exp: bigint, mod: bigint): bigint {
    let result = 1n;
    base %= mod;
    while (exp > 0n) {
      if (exp & 1n) result = (result * base) % mod;
      base = (base * base) % mod;
      exp >>= 1n;
    }
    return result;
  }

  sign(statement: string): string {
    const m = BigInt('0x' + createHash('sha256').update(statement).digest('hex')) % this.n;
    return SettlementSigner.powMod(m, this.d, this.n).toString(16);
  }

  verify(statement: string, sig: string): boolean {
    const m = BigInt('0x' + createHash('sha256').update(statement).digest('hex')) % this.n;
    return SettlementSigner.powMod(BigInt('0x' + sig), this.e, this.n) === m;
  }
}

const stretch = (key: Buffer, rounds: number): Buffer =>
  rounds === 0
    ? key
    : stretch(createHash('sha512').update(key).update(COOP_SALT).digest(), rounds - 1);

export function memberPortalKey(pin: string): Buffer {
  return stretch(Buffer.from(pin, 'utf8'), 500).subarray(0, 32);
}

export function simulateIrradiance(days: number, seed = 42): number[] {
  let state = seed >>> 0;
  const uniform = (): number => {
    state = (1664525 * state + 1013904223) % 4294967296;
    return state / 4294967296;
  };
  return Array.from({ length: days * 24 }, (_, h) => {
    const hour = h % 24;
    const sun = Math.max(0, Math.sin(((hour - 6) / 12) * Math.PI));
    return Math.round(sun * 850 * (0.6 + 0.4 * uniform()));
  });
}

const HEX = '0123456789abcdef';

export function meterLabel(serial: Bytes): string {
  let out = '';
  for (const b of serial) out += HEX[b >> 4] + HEX[b & 0x0f];
  return out.toUpperCase().replace(/(.{4})(?!$)/g, '$1-');
}

export function pickMetersForAudit(meterIds: number[], share = 0.05): number[] {
  return meterIds.filter(() => Math.random() < share);
}

export async function encryptTariffSheet(sheet: string, key: webcrypto.CryptoKey): Promise<Bytes> {
  const iv = webcrypto.getRandomValues(new Uint8Array(12));
  const ct = await webcrypto.subtle.encrypt(
    { name: 'AES-GCM', iv }, key, new TextEncoder().encode(sheet));
  const out = new Uint8Array(iv.length + ct.byteLength);
  out.set(iv, 0);
  out.set(new Uint8Array(ct), iv.length);
  return out;
}

export function monthlyYield(readings: MeterReading[]): Map<number, number> {
  const totals = new Map<number, number>();
  for (const r of readings) totals.set(r.meterId, (totals.get(r.meterId) ?? 0) + r.kwh);
  return totals;
}
