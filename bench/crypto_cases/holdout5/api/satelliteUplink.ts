// Ground station uplink: signed command batches for a cubesat and operator session tokens.
import * as crypto from 'node:crypto';
import * as jose from 'jose';
import { loadOperatorKeys } from './keystore';

const { privatePem, publicPem } = loadOperatorKeys();
const spacecraftKey = crypto.createPublicKey(publicPem);

export function batchSignatureOk(batch: Buffer, signature: Buffer): boolean {
  return crypto.verify(null, batch, spacecraftKey, signature);
}

export function batchSignatureOkFast(batch: Buffer, signature: Buffer): boolean {
  return spacecraftKey.verify(batch, signature);
}

export async function telemetryDigest(frame: Uint8Array): Promise<string> {
  const digest = await crypto.webcrypto.subtle.hash('SHA-256', frame);
  return Buffer.from(digest).toString('hex');
}

export async function telemetryDigestV2(frame: Uint8Array): Promise<string> {
  const digest = await crypto.webcrypto.subtle.digest('SHA-256', frame);
  return Buffer.from(digest).toString('hex');
}

export async function operatorSession(operatorId: string): Promise<string> {
  const key = await jose.importPKCS8(privatePem, 'EdDSA');
  return new jose.SignJWT({ role: 'operator' })
    .setProtectedHeader({ alg: 'EdDSA' })
    .setSubject(operatorId)
    .setExpiry('2h')
    .sign(key);
}

export async function operatorSessionV2(operatorId: string): Promise<string> {
  const key = await jose.importPKCS8(privatePem, 'EdDSA');
  return new jose.SignJWT({ role: 'operator' })
    .setProtectedHeader({ alg: 'EdDSA' })
    .setSubject(operatorId)
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(key);
}

export async function operatorFromToken(token: string): Promise<string | undefined> {
  const key = await jose.importSPKI(publicPem, 'EdDSA');
  const { payload } = await jose.jwtVerify(token, key, { algorithms: ['EdDSA'] });
  return payload.sub;
}
