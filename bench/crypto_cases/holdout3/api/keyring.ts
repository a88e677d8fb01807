/**
 * Key ring for the document-signing microservice: HMAC request auth, AES-GCM envelope encryption
 * of stored documents, Ed25519 signatures and ECDH for the partner channel.
 */
import {
  CipherGCM,
  DecipherGCM,
  ECDH,
  Hmac,
  KeyObject,
  createCipheriv,
  createDecipheriv,
  createECDH,
  createHmac,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  sign,
  verify,
} from "crypto";
import { SignJWT, jwtVerify, createRemoteJWKSet, JWTPayload } from "jose";

export interface Envelope {
  iv: string;
  tag: string;
  body: string;
}

export class KeyRing {
  private readonly signing: { privateKey: KeyObject; publicKey: KeyObject };
  private readonly partner: ECDH;
  private readonly jwks = createRemoteJWKSet(new URL("https://id.example.org/.well-known/jwks.json"));

  constructor(private readonly dataKey: Buffer, private readonly hmacKey: Buffer) {
    this.signing = generateKeyPairSync("ed25519");
    this.partner = createECDH("prime256v1");
    this.partner.generateKeys();
  }

  requestMac(method: string, path: string, body: string): string {
    const mac: Hmac = createHmac("sha256", this.hmacKey);
    mac.update(`${method}\n${path}\n`);
    return mac.update(body).digest("base64url");
  }

  seal(plain: Buffer, docId: string): Envelope {
    const iv = randomBytes(12);
    const cipher: CipherGCM = createCipheriv("aes-256-gcm", this.dataKey, iv);
    cipher.setAAD(Buffer.from(docId));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return { iv: iv.toString("base64"), tag: cipher.getTag().toString("base64"), body: body.toString("base64") };
  }

  open(env: Envelope, docId: string): Buffer {
    const decipher: DecipherGCM = createDecipheriv("aes-256-gcm", this.dataKey, Buffer.from(env.iv, "base64"));
    decipher.setAAD(Buffer.from(docId));
    decipher.setAuthTag(Buffer.from(env.tag, "base64"));
    return Buffer.concat([decipher.update(Buffer.from(env.body, "base64")), decipher.final()]);
  }

  signDocument(doc: Buffer): string {
    return sign(null, doc, this.signing.privateKey).toString("base64");
  }

  verifyDocument(doc: Buffer, signature: string): boolean {
    return verify(null, doc, this.signing.publicKey, Buffer.from(signature, "base64"));
  }

  publicKeyPem(): string {
    return this.signing.publicKey.export({ type: "spki", format: "pem" }).toString();
  }

  privateKeyPem(): string {
    return this.signing.privateKey.toPEM();
  }

  partnerChannelKey(peerPublic: Buffer): Buffer {
    const shared = this.partner.computeSecret(peerPublic);
    return Buffer.from(hkdfSync("sha256", shared, Buffer.alloc(0), "partner-channel", 32));
  }

  partnerFingerprint(): string {
    return this.partner.getPublicKeyFingerprint("sha256");
  }

  async serviceToken(subject: string): Promise<string> {
    return new SignJWT({ scope: "documents:write" })
      .setProtectedHeader({ alg: "EdDSA" })
      .setSubject(subject)
      .setIssuedAt()
      .setExpirationTime("10m")
      .sign(this.signing.privateKey);
  }

  async callerClaims(token: string): Promise<JWTPayload> {
    const { payload } = await jwtVerify(token, this.jwks, { issuer: "https://id.example.org", audience: "docsign" });
    return payload;
  }
}
