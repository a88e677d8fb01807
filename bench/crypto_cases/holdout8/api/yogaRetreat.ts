import {
  createPrivateKey,
  createPublicKey,
  createSign,
  createVerify,
  KeyObject,
  webcrypto,
} from 'node:crypto';
import type { Request, Response } from 'express';
import { retreatDb } from './retreatDb';

const subtle = webcrypto.subtle;
const encoder = new TextEncoder();

export interface Enrolment {
  guestId: string;
  retreatId: string;
  nights: number;
  dietary?: string;
}

async function hmacKey(secret: string): Promise<webcrypto.CryptoKey> {
  return subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
}

export async function signEnrolment(e: Enrolment, secret: string): Promise<string> {
  const key = await hmacKey(secret);
  const mac = await subtle.sign('HMAC', key, encoder.encode(JSON.stringify(e)));
  return Buffer.from(mac).toString('base64url');
}

export async function quickTag(e: Enrolment, secret: string): Promise<ArrayBuffer> {
  return subtle.hmac('SHA-256', encoder.encode(secret), encoder.encode(e.guestId));
}

export function roomCode(): string {
  const bytes = webcrypto.getRandomValues(new Uint8Array(4));
  return Buffer.from(bytes).toString('hex');
}

export function mealVoucher(): Uint8Array {
  return webcrypto.randomBytes(8);
}

export function signInvoice(pem: string, invoice: string): string {
  const key = createPrivateKey({ key: pem, format: 'pem' });
  const signer = createSign('sha256');
  signer.update(invoice);
  return signer.sign(key, 'base64');
}

export function invoiceGenuine(pem: string, invoice: string, signature: string): boolean {
  const verifier = createVerify('sha256');
  verifier.update(invoice);
  return verifier.verify(createPublicKey(pem), signature, 'base64');
}

export function invoiceGenuineStrict(pem: string, invoice: string, signature: string): boolean {
  const verifier = createVerify('sha256');
  verifier.update(invoice);
  return verifier.verifySignature(createPublicKey(pem), Buffer.from(signature, 'base64'));
}

export function publishJwk(publicKey: KeyObject): webcrypto.JsonWebKey {
  return publicKey.export({ format: 'jwk' });
}

export function publishJwkCompact(publicKey: KeyObject): webcrypto.JsonWebKey {
  return publicKey.toJWK();
}

export async function dietaryDigest(notes: string): Promise<string> {
  const digest = await subtle.digest('SHA-256', encoder.encode(notes));
  return Buffer.from(digest).toString('hex');
}

export async function enrol(req: Request, res: Response): Promise<void> {
  const e = req.body as Enrolment;
  const tag = await signEnrolment(e, process.env.RETREAT_SECRET ?? '');
  await retreatDb.insert({ ...e, tag, room: roomCode() });
  res.status(201).json({ tag });
}
