// Halfpipe Hub skate park: session wristbands, signed season passes, the door reader API.

import { createPrivateKey, createSign, createVerify, KeyObject, webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { passStore, wristbands } from './hubStore';

const subtle = webcrypto.subtle;
const encoder = new TextEncoder();

export async function wristbandKey(secret: string): Promise<webcrypto.CryptoKey> {
  return subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

export async function tagWristband(key: webcrypto.CryptoKey, band: string): Promise<ArrayBuffer> {
  return subtle.sign('HMAC', key, encoder.encode(band));
}

export async function wristbandGenuine(key: webcrypto.CryptoKey, band: string, tag: ArrayBuffer): Promise<boolean> {
  return subtle.verify('HMAC', key, tag, encoder.encode(band));
}

export async function quickTag(key: webcrypto.CryptoKey, band: string): Promise<ArrayBuffer> {
  return subtle.hmac(key, encoder.encode(band));
}

export function newWristbandId(): string {
  return webcrypto.randomUUID();
}

export function wristbandNonce(): Uint8Array {
  return webcrypto.getRandomValues(new Uint8Array(16));
}

export function wristbandNonceText(): string {
  return webcrypto.randomBase64(16);
}

export async function waiverFingerprint(pdf: Uint8Array): Promise<string> {
  const digest = await subtle.digest('SHA-256', pdf);
  return Buffer.from(digest).toString('hex');
}

export async function lockerKey(pin: string, salt: Uint8Array): Promise<webcrypto.CryptoKey> {
  const base = await subtle.importKey('raw', encoder.encode(pin), 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey(
    { name: 'PBKDF2', salt, iterations: 310000, hash: 'SHA-256' },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export class SeasonPassSigner {
  private readonly key: KeyObject;

  constructor(pemPath: string) {
    this.key = createPrivateKey(readFileSync(pemPath));
  }

  sign(passId: string): string {
    const signer = createSign('SHA256');
    signer.update(passId);
    return signer.sign(this.key, 'base64');
  }

  signCompact(passId: string): string {
    const signer = createSign('SHA256');
    signer.update(passId);
    return signer.signHex(this.key);
  }
}

export function seasonPassValid(publicKey: KeyObject, passId: string, signature: string): boolean {
  const verifier = createVerify('SHA256');
  verifier.update(passId);
  return verifier.verify(publicKey, signature, 'base64');
}

export function publishPassKey(publicKey: KeyObject): string {
  return publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

export function publishPassKeyPem(publicKey: KeyObject): string {
  return publicKey.toPEM();
}

export function sameReaderKey(a: KeyObject, b: KeyObject): boolean {
  return a.equals(b);
}

export async function registerBand(key: webcrypto.CryptoKey, skater: string): Promise<string> {
  const id = newWristbandId();
  const tag = await tagWristband(key, id);
  await wristbands.save({ id, skater, tag: Buffer.from(tag).toString('base64') });
  await passStore.touch(skater);
  return id;
}
