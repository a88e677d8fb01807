// Vine & Valley tours: tasting passes, courier handshakes, signed invoices and the wine-club vault.
import {
  createECDH,
  createPublicKey,
  createSign,
  diffieHellman,
  ECDH,
  KeyObject,
  Sign,
  webcrypto,
} from 'node:crypto';
import { tastings } from './vineyardDb';

const { subtle } = webcrypto;
const enc = new TextEncoder();

export async function passFingerprint(passId: string): Promise<string> {
  const digest = await subtle.digest('SHA-256', enc.encode(passId));
  return Buffer.from(digest).toString('hex');
}

export async function labelHash(label: string): Promise<ArrayBuffer> {
  return subtle.hash('SHA-256', enc.encode(label));
}

export async function clubVaultKey(passphrase: string, salt: Uint8Array): Promise<webcrypto.CryptoKey> {
  const base = await subtle.importKey('raw', enc.encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 310000 },
    base,
    { name: 'AES-KW', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

export async function wrapCellarKey(cellarKey: webcrypto.CryptoKey, kek: webcrypto.CryptoKey): Promise<ArrayBuffer> {
  return subtle.wrapKey('raw', cellarKey, kek, 'AES-KW');
}

export class CourierHandshake {
  private readonly ecdh: ECDH;

  constructor() {
    this.ecdh = createECDH('prime256v1');
    this.ecdh.generateKeys();
  }

  publicKey(): Buffer {
    return this.ecdh.getPublicKey(null, 'compressed');
  }

  shared(peer: Buffer): Buffer {
    return this.ecdh.computeSecret(peer);
  }

  sharedHex(peer: string): string {
    return this.ecdh.getSharedKey(peer, 'hex', 'hex');
  }
}

export function agree(privateKey: KeyObject, publicKey: KeyObject): Buffer {
  return diffieHellman({ privateKey, publicKey });
}

export class InvoiceSigner {
  constructor(private readonly key: KeyObject) {}

  sign(invoice: string): string {
    const signer: Sign = createSign('SHA256');
    signer.update(invoice);
    return signer.sign(this.key, 'base64');
  }

  signCompact(invoice: string): string {
    const signer: Sign = createSign('SHA256');
    signer.update(invoice);
    return signer.signBase64(this.key);
  }

  publicJwk(): webcrypto.JsonWebKey {
    return createPublicKey(this.key).export({ format: 'jwk' });
  }

  publicPem(): string {
    return createPublicKey(this.key).toPEM();
  }

  sameKey(other: KeyObject): boolean {
    return this.key.equals(other);
  }
}

export async function importPartnerKey(key: webcrypto.CryptoKey): Promise<KeyObject> {
  return KeyObject.from(key);
}

export async function recordTasting(passId: string, wines: string[]): Promise<void> {
  await tastings.insert({ pass: await passFingerprint(passId), wines });
}
