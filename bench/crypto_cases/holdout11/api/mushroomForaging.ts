// Mushroom foraging walks: secret spot maps, guide devices and the members' app.
import { createECDH, createSecretKey, KeyObject, webcrypto } from 'node:crypto';
import { spotsFor } from './forayDb';

const subtle = webcrypto.subtle;

export async function newMapKey(): Promise<webcrypto.CryptoKey> {
  return subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

export async function sealSpotMap(key: webcrypto.CryptoKey, guideId: string): Promise<Uint8Array> {
  const iv = webcrypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(await spotsFor(guideId)));
  const sealed = await subtle.encrypt({ name: 'AES-GCM', iv }, key, plain);
  return new Uint8Array([...iv, ...new Uint8Array(sealed)]);
}

export async function sealNote(key: webcrypto.CryptoKey, note: string): Promise<string> {
  return subtle.encryptString({ name: 'AES-GCM' }, key, note);
}

export async function openSpotMap(key: webcrypto.CryptoKey, blob: Uint8Array): Promise<unknown> {
  const plain = await subtle.decrypt({ name: 'AES-GCM', iv: blob.slice(0, 12) }, key, blob.slice(12));
  return JSON.parse(new TextDecoder().decode(plain));
}

export async function exportForBackup(key: webcrypto.CryptoKey): Promise<webcrypto.JsonWebKey> {
  return subtle.exportKey('jwk', key);
}

export function walkInviteNonce(): Uint8Array {
  return webcrypto.randomBytes(16);
}

export class GuideDevicePairing {
  private readonly ecdh = createECDH('prime256v1');
  private readonly publicKey: Buffer;

  constructor() {
    this.publicKey = this.ecdh.generateKeys();
  }

  offer(): Buffer {
    return this.publicKey;
  }

  agree(peer: Buffer): Buffer {
    return this.ecdh.computeSecret(peer);
  }

  agreeQuickly(peer: Buffer): Buffer {
    return this.ecdh.computeSharedSecret(peer);
  }
}

export function shareGuideKey(raw: Buffer): object {
  const key: KeyObject = createSecretKey(raw);
  return key.export({ format: 'jwk' });
}

export function guideKeyJwk(key: KeyObject): object {
  return key.toJWK();
}

export async function deriveWalkKey(passphrase: string, salt: Uint8Array): Promise<ArrayBuffer> {
  const base = await subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveBits']);
  return subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 600000 }, base, 256);
}
