// Gym access gate: member badges, encrypted badge payloads and door telemetry.
import * as crypto from 'crypto';

const BADGE_KEY = Buffer.from(process.env.BADGE_KEY ?? '0f1e2d3c4b5a69788796a5b4c3d2e1f0', 'hex');

export function decodeBadge(payload: Buffer): { memberId: string; until: number } {
  const iv = payload.subarray(0, 16);
  const decipher = crypto.createDecipheriv('aes-128-cbc', BADGE_KEY, iv).setAutoPadding(false);
  const padded = Buffer.concat([decipher.update(payload.subarray(16)), decipher.final()]);
  const padLen = padded.readUInt8(padded.length - 1);
  const [memberId, until] = padded.subarray(0, padded.length - padLen).toString('utf8').split('|');
  return { memberId, until: Number(until) };
}

export function badgeHashMatches(presented: Buffer, stored: Buffer): boolean {
  const a = crypto.createHash('sha256').update(presented).digest();
  const b = crypto.createHash('sha256').update(stored).digest();
  return crypto.timingSafeEqual(a, b);
}

export class DoorStateBitmap {
  private bits = new Uint32Array(4);

  set(door: number, open: boolean): void {
    const w = door >>> 5;
    const m = 1 << (door & 31);
    this.bits[w] = open ? this.bits[w] | m : this.bits[w] & ~m;
  }

  openCount(): number {
    let n = 0;
    for (let v of this.bits) {
      v = v - ((v >>> 1) & 0x55555555);
      v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
      n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
    }
    return n;
  }
}

export function auditSample(entries: string[], k: number): string[] {
  // Pick k entries for the weekly manual check of the door log.
  const pool = entries.slice();
  const out: string[] = [];
  while (out.length < k && pool.length) {
    out.push(pool.splice(crypto.randomInt(pool.length), 1)[0]);
  }
  return out;
}

export function peakHour(entryTimes: Date[]): number {
  const counts = new Array(24).fill(0);
  for (const t of entryTimes) counts[t.getHours()]++;
  return counts.indexOf(Math.max(...counts));
}
