// Tenant signing keys: issues service tokens for tenants and encrypts their webhook secrets.
import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  createSign,
  generateKeyPairSync,
  randomBytes,
  type KeyObject,
} from "node:crypto";
import { SignJWT, jwtVerify, importSPKI } from "jose";
import * as jose from "jose";

export class TenantKeys {
  private readonly signingKey: KeyObject;
  private readonly publicKey: KeyObject;

  constructor(pem?: string) {
    if (pem) {
      this.signingKey = createPrivateKey(pem);
      this.publicKey = createPublicKey(this.signingKey);
    } else {
      const pair = generateKeyPairSync("ed25519");
      this.signingKey = pair.privateKey;
      this.publicKey = pair.publicKey;
    }
  }

  get privateKey(): KeyObject {
    return this.signingKey;
  }

  exportPublic(): string {
    return this.publicKey.export({ type: "spki", format: "pem" }).toString();
  }

  signManifest(manifest: Buffer): Buffer {
    return this.signingKey.sign(manifest);
  }

  legacyRsaSignature(manifest: Buffer, rsaPem: string): string {
    const signer = createSign("SHA256");
    signer.update(manifest);
    return signer.sign(rsaPem, "base64");
  }
}

export async function serviceToken(tenantId: string, keys: TenantKeys): Promise<string> {
  return new SignJWT({ tenant: tenantId })
    .setProtectedHeader({ alg: "EdDSA" })
    .setIssuedAt()
    .setExpirationTime("15m")
    .sign(keys.privateKey);
}

export async function checkServiceToken(token: string, publicPem: string): Promise<string> {
  const key = await importSPKI(publicPem, "EdDSA");
  const { payload } = await jwtVerify(token, key, { algorithms: ["EdDSA"] });
  return String(payload.tenant);
}

export async function checkServiceTokenFast(token: string, publicPem: string): Promise<string> {
  const key = await importSPKI(publicPem, "EdDSA");
  const { payload } = await jose.verifyJwt(token, key);
  return String(payload.tenant);
}

export function encryptWebhookSecret(key: Buffer, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [iv, tag, body].map((b) => b.toString("base64url")).join(".");
}

export function decryptWebhookSecret(key: Buffer, blob: string): string {
  const [iv, tag, body] = blob.split(".").map((p) => Buffer.from(p, "base64url"));
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setIV(iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
}
