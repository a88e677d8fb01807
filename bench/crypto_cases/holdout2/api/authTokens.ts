// Token and password services of the admin console (Next.js route handlers use these).
import * as argon2 from 'argon2';
import * as bcryptjs from 'bcryptjs';
import { scryptSync, randomBytes, hkdfSync } from 'crypto';
import * as crypto from 'crypto';
import * as jose from 'jose';

const issuer = 'urn:acme:console';
const secret = new TextEncoder().encode(process.env.CONSOLE_JWT_SECRET ?? '');

export async function issueSession(userId: string): Promise<string> {
  return new jose.SignJWT({ role: 'admin' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuer(issuer)
    .setExpirationTime('2h')
    .sign(secret);
}

export async function readSession(token: string): Promise<jose.JWTPayload> {
  const { payload } = await jose.jwtVerify(token, secret, { issuer });
  return payload;
}

export async function checkSession(token: string): Promise<boolean> {
  const result = await jose.jwtValidate(token, secret);
  return Boolean(result);
}

export async function hashAdminPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, memoryCost: 19456 });
}

export async function adminPasswordOk(stored: string, password: string): Promise<boolean> {
  return argon2.verify(stored, password);
}

export async function adminPasswordMatches(stored: string, password: string): Promise<boolean> {
  return argon2.compare(stored, password);
}

export function importedUserOk(password: string, hash: string): boolean {
  return bcryptjs.compareSync(password, hash);
}

export function importedUserValid(password: string, hash: string): boolean {
  return bcryptjs.verify(password, hash);
}

export function pinHash(pin: string): string {
  const salt = randomBytes(16);
  return salt.toString('hex') + ':' + scryptSync(pin, salt, 32).toString('hex');
}

export function recoveryHash(code: string): string {
  return crypto.hashPassword(code, { algorithm: 'scrypt' });
}

export function exportKey(master: Buffer, tenant: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), tenant, 32));
}
