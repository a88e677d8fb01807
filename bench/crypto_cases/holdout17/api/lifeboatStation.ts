// Penmorvah lifeboat station: call-out pager, crew records, launch log signatures.
import { createSign, createVerify, KeyObject, webcrypto } from 'node:crypto';
import { crewDb, launchLog } from './stationDb';
import type { CallOut, CrewMember } from './types';

const subtle = webcrypto.subtle;
const enc = new TextEncoder();

export class PagerVault {
  private aesKey!: webcrypto.CryptoKey;
  private hmacKey!: webcrypto.CryptoKey;
  private readonly coxKey: KeyObject;

  constructor(coxKey: KeyObject) {
    this.coxKey = coxKey;
  }

  async init(): Promise<void> {
    this.aesKey = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
    this.hmacKey = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  }

  async sealCallOut(call: CallOut): Promise<Uint8Array> {
    const iv = webcrypto.getRandomValues(new Uint8Array(12));
    const body = await subtle.encrypt({ name: 'AES-GCM', iv }, this.aesKey, enc.encode(JSON.stringify(call)));
    const out = new Uint8Array(12 + body.byteLength);
    out.set(iv);
    out.set(new Uint8Array(body), 12);
    return out;
  }

  async openCallOut(blob: Uint8Array): Promise<CallOut> {
    const plain = await subtle.decrypt({ name: 'AES-GCM', iv: blob.slice(0, 12) }, this.aesKey, blob.slice(12));
    return JSON.parse(new TextDecoder().decode(plain)) as CallOut;
  }

  async pagerTag(message: string): Promise<ArrayBuffer> {
    return subtle.sign('HMAC', this.hmacKey, enc.encode(message));
  }

  async pagerTagOk(message: string, tag: ArrayBuffer): Promise<boolean> {
    return subtle.verify('HMAC', this.hmacKey, tag, enc.encode(message));
  }

  async quickTag(message: string): Promise<ArrayBuffer> {
    return subtle.hmac('SHA-256', this.hmacKey, enc.encode(message));
  }

  async backupKey(): Promise<ArrayBuffer> {
    return subtle.exportKey('raw', this.aesKey);
  }

  async backupKeyBytes(): Promise<ArrayBuffer> {
    return this.aesKey.exportRaw();
  }

  coxKeyPem(): string {
    return this.coxKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  }

  signLaunch(entry: string): string {
    const signer = createSign('SHA256');
    signer.update(entry);
    return signer.sign(this.coxKey, 'base64');
  }

  signLaunchShort(entry: string): string {
    const signer = createSign('SHA256');
    signer.update(entry);
    return signer.signBase64(this.coxKey);
  }

  launchSigned(entry: string, signature: string, pub: KeyObject): boolean {
    const checker = createVerify('SHA256');
    checker.update(entry);
    return checker.verify(pub, signature, 'base64');
  }
}

export async function crewPinKey(pin: string, salt: Uint8Array): Promise<webcrypto.CryptoKey> {
  const base = await subtle.importKey('raw', enc.encode(pin), 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey(
    { name: 'PBKDF2', salt, iterations: 310000, hash: 'SHA-256' },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function crewRecordDigest(member: CrewMember): Promise<ArrayBuffer> {
  return subtle.digest('SHA-256', enc.encode(JSON.stringify(member)));
}

export function crewShiftNonce(): Uint8Array {
  return webcrypto.getRandomBytes(16);
}

export async function registerCrew(member: CrewMember): Promise<string> {
  const id = webcrypto.randomUUID();
  await crewDb.insert(id, member);
  await launchLog.note(`crew ${id} registered`);
  return id;
}
