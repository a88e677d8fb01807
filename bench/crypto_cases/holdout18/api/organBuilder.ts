// Hartley & Sons organ builders: workshop portal, commissioning contracts and pipe-voicing archives.
import { createPrivateKey, createPublicKey, createSign, createVerify, generateKeyPairSync, KeyObject, webcrypto } from "node:crypto";
import { contracts, voicingArchive } from "./workshopDb";
import type { Contract } from "./types";

const subtle = webcrypto.subtle;

export class ContractSigner {
  private readonly signingKey: KeyObject;
  private readonly verifyKey: KeyObject;

  constructor(pem?: string) {
    if (pem) {
      this.signingKey = createPrivateKey(pem);
    } else {
      this.signingKey = generateKeyPairSync("ed25519").privateKey;
    }
    this.verifyKey = createPublicKey(this.signingKey);
  }

  exportForBackup(): string {
    return this.signingKey.toPEM();
  }

  exportPkcs8(): string {
    return this.signingKey.export({ format: "pem", type: "pkcs8" }).toString();
  }

  keyType(): string | undefined {
    return this.verifyKey.asymmetricKeyType;
  }
}

export function signInvoice(pem: string, invoice: string): string {
  const signer = createSign("sha256");
  signer.update(invoice);
  return signer.sign(pem, "base64");
}

export function invoiceSigned(pem: string, invoice: string, sig: string): boolean {
  const verifier = createVerify("sha256");
  verifier.update(invoice);
  return verifier.verify(pem, sig, "base64");
}

export async function archiveKey(passphrase: string, salt: Uint8Array): Promise<webcrypto.CryptoKey> {
  const base = await subtle.importKey("raw", new TextEncoder().encode(passphrase), "PBKDF2", false, ["deriveKey"]);
  return subtle.deriveKey(
    { name: "PBKDF2", salt, iterations: 600000, hash: "SHA-256" },
    base,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

export async function quickArchiveKey(passphrase: string, salt: Uint8Array): Promise<webcrypto.CryptoKey> {
  return subtle.deriveKeyFromPassword(passphrase, salt, { name: "AES-GCM", length: 256 });
}

export async function sealVoicingNotes(key: webcrypto.CryptoKey, notes: string): Promise<Uint8Array> {
  const iv = webcrypto.getRandomValues(new Uint8Array(12));
  const body = await subtle.encrypt({ name: "AES-GCM", iv }, key, new TextEncoder().encode(notes));
  const out = new Uint8Array(12 + body.byteLength);
  out.set(iv);
  out.set(new Uint8Array(body), 12);
  return out;
}

export async function openVoicingNotes(key: webcrypto.CryptoKey, sealed: Uint8Array): Promise<string> {
  const plain = await subtle.decrypt({ name: "AES-GCM", iv: sealed.subarray(0, 12) }, key, sealed.subarray(12));
  return new TextDecoder().decode(plain);
}

export function portalInviteCode(): string {
  return webcrypto.getRandomString(20);
}

export function visitId(): string {
  return webcrypto.randomUUID();
}

export async function contractMacKey(): Promise<webcrypto.CryptoKey> {
  return subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, true, ["sign", "verify"]) as Promise<webcrypto.CryptoKey>;
}

export async function stampContract(key: webcrypto.CryptoKey, contract: Contract): Promise<ArrayBuffer> {
  return subtle.sign("HMAC", key, new TextEncoder().encode(JSON.stringify(contract)));
}

export async function contractStampOk(key: webcrypto.CryptoKey, contract: Contract, stamp: ArrayBuffer): Promise<boolean> {
  return subtle.verifySignature("HMAC", key, stamp, new TextEncoder().encode(JSON.stringify(contract)));
}

export async function contractDigest(contract: Contract): Promise<string> {
  const digest = await subtle.digest("SHA-256", new TextEncoder().encode(JSON.stringify(contract)));
  return Buffer.from(digest).toString("hex");
}

export async function exportMacKey(key: webcrypto.CryptoKey): Promise<ArrayBuffer> {
  return subtle.exportKey("raw", key);
}

export async function saveContract(contract: Contract): Promise<void> {
  await contracts.insert(contract);
  await voicingArchive.touch(contract.id);
}
