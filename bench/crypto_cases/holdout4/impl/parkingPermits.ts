// Resident parking permits: the enforcement handheld syncs permits and caches them offline.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

interface Permit {
  plate: string;
  zone: string;
  validUntil: string;
}

const STORAGE_KEY = "permit-api-key";

function vigenere(text: string, key: string, direction: 1 | -1): string {
  let result = "";
  for (let i = 0; i < text.length; i++) {
    const shift = key.charCodeAt(i % key.length) - 32;
    const code = text.charCodeAt(i) - 32;
    result += String.fromCharCode(((code + direction * shift + 95 * 4) % 95) + 32);
  }
  return result;
}

export function rememberApiKey(storage: Storage, apiKey: string, deviceSerial: string): void {
  storage.setItem(STORAGE_KEY, vigenere(apiKey, deviceSerial, 1));
}

export function recallApiKey(storage: Storage, deviceSerial: string): string | null {
  const stored = storage.getItem(STORAGE_KEY);
  return stored === null ? null : vigenere(stored, deviceSerial, -1);
}

const pkcs = {
  pad(data: Buffer): Buffer {
    const n = 16 - (data.length % 16);
    return Buffer.concat([data, Buffer.alloc(n, n)]);
  },
  unpad(data: Buffer): Buffer {
    const n = data.readUInt8(data.length - 1);
    return data.subarray(0, data.length - n);
  },
};

export function sealLegacyNote(key: Buffer, note: string): Buffer {
  const iv = randomBytes(16);
  const c = createCipheriv("aes-256-cbc", key, iv).setAutoPadding(false);
  return Buffer.concat([iv, c.update(pkcs.pad(Buffer.from(note))), c.final()]);
}

export function openLegacyNote(key: Buffer, blob: Buffer): string {
  const d = createDecipheriv("aes-256-cbc", key, blob.subarray(0, 16)).setAutoPadding(false);
  return pkcs.unpad(Buffer.concat([d.update(blob.subarray(16)), d.final()])).toString();
}

export function crc16(bytes: Uint8Array): number {
  // CRC-16/CCITT-FALSE of the printed permit barcode
  let crc = 0xffff;
  for (const b of bytes) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

export function cachePermits(key: Buffer, permits: Permit[]): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(permits), "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64")).join(".");
}

export function readCachedPermits(key: Buffer, blob: string): Permit[] {
  const [iv, tag, body] = blob.split(".").map((s) => Buffer.from(s, "base64"));
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAuthTag(tag);
  return JSON.parse(Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8"));
}

export function shouldReportHeartbeat(rate = 0.05): boolean {
  return Math.random() < rate;
}
