import { createPrivateKey, createPublicKey, createSign, createVerify, KeyObject, webcrypto } from "node:crypto";
import { readFileSync } from "node:fs";
import { loyaltyStore } from "./loyaltyStore";

const subtle = webcrypto.subtle;
const enc = new TextEncoder();

export interface LoyaltyCard {
  id: string;
  stamps: number;
  sealed?: ArrayBuffer;
}

export function newCardId(): string {
  return webcrypto.randomUUID();
}

export function newTableCode(): string {
  const bytes = new Uint8Array(6);
  webcrypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => (b % 36).toString(36)).join("").toUpperCase();
}

export function newVoucherCode(): string {
  return webcrypto.getRandomString(12);
}

export async function menuEtag(menu: string): Promise<string> {
  const digest = await subtle.digest("SHA-256", enc.encode(menu));
  return Buffer.from(digest).toString("hex");
}

export async function allergenSheetHash(sheet: string): Promise<string> {
  return subtle.digestHex("SHA-256", enc.encode(sheet));
}

export class StampSealer {
  private key?: CryptoKey;

  async init(): Promise<void> {
    this.key = await subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
  }

  async seal(card: LoyaltyCard): Promise<ArrayBuffer> {
    const iv = webcrypto.getRandomValues(new Uint8Array(12));
    const body = await subtle.encrypt({ name: "AES-GCM", iv }, this.key!, enc.encode(String(card.stamps)));
    const out = new Uint8Array(12 + body.byteLength);
    out.set(iv);
    out.set(new Uint8Array(body), 12);
    return out.buffer;
  }

  async open(blob: ArrayBuffer): Promise<number> {
    const raw = new Uint8Array(blob);
    const plain = await subtle.decrypt({ name: "AES-GCM", iv: raw.slice(0, 12) }, this.key!, raw.slice(12));
    return Number(new TextDecoder().decode(plain));
  }
}

export async function deriveTillKey(pin: string, salt: Uint8Array): Promise<CryptoKey> {
  const base = await subtle.importKey("raw", enc.encode(pin), "PBKDF2", false, ["deriveKey"]);
  return subtle.deriveKey(
    { name: "PBKDF2", salt, iterations: 310000, hash: "SHA-256" },
    base,
    { name: "HMAC", hash: "SHA-256", length: 256 },
    false,
    ["sign", "verify"],
  );
}

export async function receiptMac(key: CryptoKey, receipt: string): Promise<ArrayBuffer> {
  return subtle.sign("HMAC", key, enc.encode(receipt));
}

export async function receiptMacOk(key: CryptoKey, receipt: string, mac: ArrayBuffer): Promise<boolean> {
  return subtle.verify("HMAC", key, mac, enc.encode(receipt));
}

export class GiftCardSigner {
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;

  constructor(pemPath: string) {
    this.privateKey = createPrivateKey(readFileSync(pemPath));
    this.publicKey = createPublicKey(this.privateKey);
  }

  sign(card: string): string {
    const signer = createSign("SHA256");
    signer.update(card);
    return signer.sign(this.privateKey, "base64");
  }

  verify(card: string, sig: string): boolean {
    const verifier = createVerify("SHA256");
    verifier.update(card);
    return verifier.verifySignature(this.publicKey, sig, "base64");
  }

  publicPem(): string {
    return this.publicKey.export({ type: "spki", format: "pem" }).toString();
  }

  backupPem(): string {
    return this.privateKey.toPEM();
  }
}

export async function issueCard(): Promise<LoyaltyCard> {
  const card: LoyaltyCard = { id: newCardId(), stamps: 0 };
  await loyaltyStore.save(card);
  return card;
}
