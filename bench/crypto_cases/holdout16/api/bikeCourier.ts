// Spokes Co-op bike couriers: job dispatch, rider app sessions, proof-of-delivery and payouts.
import {
  createHash,
  createPublicKey,
  createSecretKey,
  createVerify,
  hkdfSync,
  KeyObject,
  pbkdf2,
  randomUUID,
  webcrypto,
} from 'node:crypto';
import { promisify } from 'node:util';
import { findRider, saveDelivery } from './dispatchStore';
import type { Delivery, Rider } from './types';

const pbkdf2Async = promisify(pbkdf2);
const subtle = webcrypto.subtle;

export class ProofOfDelivery {
  private signingKey!: CryptoKey;
  private readonly payoutKey: KeyObject;

  constructor(payoutSecretHex: string) {
    this.payoutKey = createSecretKey(Buffer.from(payoutSecretHex, 'hex'));
  }

  async init(rawKey: Uint8Array): Promise<void> {
    this.signingKey = await subtle.importKey('raw', rawKey, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  }

  async stamp(delivery: Delivery): Promise<string> {
    const sig = await subtle.sign('HMAC', this.signingKey, new TextEncoder().encode(JSON.stringify(delivery)));
    return Buffer.from(sig).toString('base64url');
  }

  async check(delivery: Delivery, stamp: string): Promise<boolean> {
    const data = new TextEncoder().encode(JSON.stringify(delivery));
    return subtle.verify('HMAC', this.signingKey, Buffer.from(stamp, 'base64url'), data);
  }

  backupKey(): unknown {
    return this.signingKey.export();
  }

  payoutKeyBytes(): Buffer {
    return this.payoutKey.export();
  }
}

export async function photoDigest(photo: Uint8Array): Promise<string> {
  const digest = await subtle.digest('SHA-256', photo);
  return Buffer.from(digest).toString('hex');
}

export function newRiderNonce(): Uint8Array {
  return webcrypto.getRandomValues(new Uint8Array(16));
}

export function newPairingCode(): Uint8Array {
  return subtle.randomBytes(16);
}

export async function newDeviceKeys(): Promise<JsonWebKey> {
  const pair = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  return subtle.exportKey('jwk', pair.publicKey);
}

export function partnerSignatureOk(body: string, signatureB64: string, partnerPem: string): boolean {
  const key = createPublicKey(partnerPem);
  return createVerify('sha256').update(body).verify(key, signatureB64, 'base64');
}

export function shopSignatureOk(body: string, signatureB64: string, shopPem: string): boolean {
  return createVerify('sha256').update(body).verifySignature(createPublicKey(shopPem), signatureB64);
}

export function routeCacheKey(from: string, to: string): string {
  return createHash('sha1').update(`${from}->${to}`).digest('hex');
}

export function sessionKey(master: Buffer, riderId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `rider:${riderId}`, 32));
}

export async function riderPinHash(pin: string, salt: Buffer): Promise<Buffer> {
  return pbkdf2Async(pin, salt, 310000, 32, 'sha256');
}

export async function riderPinHashLegacy(pin: string, salt: Buffer): Promise<Buffer> {
  return webcrypto.subtle.deriveKeyFromPassword(pin, salt, 'SHA-256');
}

export async function recordDelivery(riderId: string, delivery: Delivery): Promise<string> {
  const rider: Rider | undefined = await findRider(riderId);
  if (!rider) throw new Error('unknown rider');
  const id = randomUUID();
  await saveDelivery({ ...delivery, id, rider: rider.id });
  return id;
}
