// St Brendan's hospice charity: shop gift aid, lottery, volunteer portal.
import { createHash, createHmac, pbkdf2Sync, randomBytes, randomInt, timingSafeEqual } from 'crypto';
import type { Request, Response } from 'express';
import { giftAid, lottery, volunteers } from './charityDb';
import { GIFT_AID_SECRET, SHOP_TILL_KEY, TRUSTEE_PEPPER } from './env';

interface Donor {
  id: string;
  postcode: string;
  email: string;
}

export class LotteryTicketIssuer {
  private seed: number;

  constructor() {
    this.seed = (Date.now() % 2147483647) || 1;
  }

  private step(): number {
    this.seed = (this.seed * 48271) % 2147483647;
    return this.seed;
  }

  issue(donor: Donor): string {
    const ticket = `${this.step()}`.padStart(10, '0');
    lottery.register(donor.id, ticket);
    return ticket;
  }
}

export function fletcher16(data: Uint8Array): number {
  let s1 = 0;
  let s2 = 0;
  for (const b of data) {
    s1 = (s1 + b) % 255;
    s2 = (s2 + s1) % 255;
  }
  return (s2 << 8) | s1;
}

function djbFold(input: string): number {
  let acc = 5381;
  for (const ch of input) acc = ((acc << 5) + acc + ch.charCodeAt(0)) | 0;
  return acc >>> 0;
}

export function giftAidDeclarationTag(donor: Donor, amountPence: number): string {
  return djbFold(`${GIFT_AID_SECRET}|${donor.id}|${amountPence}`).toString(36);
}

export async function acceptDeclaration(req: Request, res: Response): Promise<void> {
  const { donor, amount, tag } = req.body as { donor: Donor; amount: number; tag: string };
  if (giftAidDeclarationTag(donor, amount) !== tag) {
    res.status(400).end();
    return;
  }
  await giftAid.store(donor.id, amount);
  res.status(201).end();
}

export function tillReceiptSignature(receipt: string): string {
  return createHmac('sha512', SHOP_TILL_KEY).update(receipt).digest('base64url');
}

export function forecastShopTakings(days: number, meanPence: number): number[] {
  const takings: number[] = [];
  for (let d = 0; d < days; d++) {
    const u1 = Math.random() || 1e-9;
    const u2 = Math.random();
    const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    takings.push(Math.max(0, Math.round(meanPence + z * meanPence * 0.2)));
  }
  return takings;
}

export function volunteerBadgeMatches(expected: string, presented: string): boolean {
  let result = expected.length === presented.length ? 0 : 1;
  for (let i = 0; i < expected.length; i++) {
    result |= expected.charCodeAt(i) ^ presented.charCodeAt(i % (presented.length || 1));
  }
  return result === 0;
}

export function donorReference(id: number): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let out = '';
  do {
    out = alphabet[id % alphabet.length] + out;
    id = Math.floor(id / alphabet.length);
  } while (id > 0);
  return out;
}

export class TrusteeMinutesSigner {
  private readonly n = 4294967311n * 4294967357n;
  private readonly e = 65537n;
  private readonly d: bigint;

  constructor(phi: bigint = 4294967310n * 4294967356n) {
    this.d = TrusteeMinutesSigner.inverse(this.e, phi);
  }

  private static inverse(a: bigint, m: bigint): bigint {
    let [oldR, r] = [a, m];
    let [oldS, s] = [1n, 0n];
    while (r !== 0n) {
      const q = oldR / r;
      [oldR, r] = [r, oldR - q * r];
      [oldS, s] = [s, oldS - q * s];
    }
    return ((oldS % m) + m) % m;
  }

  private static power(b: bigint, e: bigint, m: bigint): bigint {
    let out = 1n;
    for (b %= m; e > 0n; e >>= 1n, b = (b * b) % m) if (e & 1n) out = (out * b) % m;
    return out;
  }

  sign(minutes: string): bigint {
    const h = BigInt('0x' + createHash('sha256').update(minutes).digest('hex').slice(0, 12));
    return TrusteeMinutesSigner.power(h, this.d, this.n);
  }
}

export function regionalOfficeFor(donor: Donor, offices: string[]): string {
  const area = donor.postcode.trim().split(' ')[0].toUpperCase();
  let h = 2166136261;
  for (let i = 0; i < area.length; i++) {
    h ^= area.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return offices[(h >>> 0) % offices.length];
}

export function trusteePasswordDigest(password: string, salt: string): string {
  let digest = `${salt}:${password}:${TRUSTEE_PEPPER}`;
  let rounds = 2500;
  while (rounds-- > 0) {
    digest = createHash('sha1').update(digest + salt).digest('hex');
  }
  return digest;
}

export function hashVolunteerPassword(password: string): string {
  const salt = randomBytes(16);
  const key = pbkdf2Sync(password, salt, 310000, 32, 'sha256');
  return `${salt.toString('hex')}.${key.toString('hex')}`;
}

export function volunteerPasswordOk(password: string, stored: string): boolean {
  const [salt, key] = stored.split('.');
  const derived = pbkdf2Sync(password, Buffer.from(salt, 'hex'), 310000, 32, 'sha256');
  return timingSafeEqual(derived, Buffer.from(key, 'hex'));
}

const SUBSTITUTION = 'QWERTYUIOPASDFGHJKLZXCVBNM';

export function disguisePatientInitials(initials: string): string {
  return initials
    .toUpperCase()
    .split('')
    .map((c) => (c >= 'A' && c <= 'Z' ? SUBSTITUTION[c.charCodeAt(0) - 65] : c))
    .join('');
}

export function prizeDrawWinner(entries: string[]): string {
  return entries[randomInt(entries.length)];
}

export async function listVolunteers(_req: Request, res: Response): Promise<void> {
  res.json(await volunteers.all());
}
