import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'crypto';

const LEGACY_KEY = Buffer.from('5f1c9e27a84b3d60c7e2f914ab58d03e', 'hex');

export function encryptLegacy(plain: string): string {
  const cipher = createCipheriv('aes-128-ecb', LEGACY_KEY, null);
  return Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]).toString('base64');
}

export function encryptDes(plain: string, key: Buffer, iv: Buffer): string {
  const cipher = createCipheriv('des-cbc', key, iv);
  return Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]).toString('base64');
}

export function encrypt(plain: string, secret: string): string {
  const key = scryptSync(secret, 'profile-salt', 32);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

export function decrypt(blob: string, secret: string): string {
  const raw = Buffer.from(blob, 'base64');
  const key = scryptSync(secret, 'profile-salt', 32);
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}
