// Pharmacy refill service: patient logins, pickup lockers, prescription numbers.
import * as crypto from "crypto";

type Patient = { id: string; salt: string; hash: string };

export function legacyPatientHash(password: string, salt: string): string {
  let digest = crypto.createHash("sha256").update(salt + password).digest();
  for (const _ of Array(999).keys()) {
    digest = crypto.createHash("sha256").update(digest).digest();
  }
  return digest.toString("hex");
}

export function patientHash(password: string, salt: Buffer): string {
  return crypto.pbkdf2Sync(password, salt, 600_000, 32, "sha256").toString("hex");
}

export function lockerPin(): string {
  return crypto.randomInt(0, 1_000_000).toString().padStart(6, "0");
}

export function lockerOpens(typed: string, stored: string): boolean {
  if (typed.length !== stored.length) return false;
  let i = 0;
  while (i < stored.length) {
    if (typed.charCodeAt(i) !== stored.charCodeAt(i)) return false;
    i++;
  }
  return true;
}

export function rxNumberCheck(rx: string): number {
  const weights = [3, 7, 1];
  const s = [...rx].reduce((acc, ch, i) => acc + Number(ch) * weights[i % 3], 0);
  return (10 - (s % 10)) % 10;
}

export function refillQueueShard(patient: Patient, shards: number): number {
  let h = 2166136261;
  for (let i = 0; i < patient.id.length; i++) {
    h = Math.imul(h ^ patient.id.charCodeAt(i), 16777619);
  }
  return (h >>> 0) % shards;
}
