// Plant nursery: wholesale buyers' portal, greenhouse controllers and signed price lists.
import { X509Certificate, webcrypto } from "node:crypto";
import { readFileSync } from "node:fs";
import { loadBuyer, savePriceList } from "./nurseryDb";

const subtle = webcrypto.subtle;

export interface Buyer {
  id: string;
  passphrase: string;
  salt: Uint8Array;
}

export function orderNonce(): Uint8Array {
  return webcrypto.getRandomValues(new Uint8Array(16));
}

export function trayLabelSuffix(): string {
  const bytes = webcrypto.getRandomBytes(4);
  return Buffer.from(bytes).toString("hex");
}

export async function priceListKeys(): Promise<CryptoKeyPair> {
  return subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]);
}

export async function controllerKeys(): Promise<CryptoKeyPair> {
  return subtle.generateKeyPair({ name: "ECDH", namedCurve: "P-256" }, false, ["deriveKey"]);
}

export async function buyerKey(buyer: Buyer): Promise<CryptoKey> {
  const base = await subtle.importKey("raw", new TextEncoder().encode(buyer.passphrase), "PBKDF2", false, ["deriveKey"]);
  return subtle.deriveKey(
    { name: "PBKDF2", salt: buyer.salt, iterations: 310000, hash: "SHA-256" },
    base,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

export async function greenhouseSecret(mine: CryptoKeyPair, theirs: CryptoKey): Promise<ArrayBuffer> {
  return subtle.derive({ name: "ECDH", public: theirs }, mine.privateKey, 256);
}

export async function sealInvoice(buyerId: string, invoice: object): Promise<Uint8Array> {
  const buyer = await loadBuyer(buyerId);
  const key = await buyerKey(buyer);
  const iv = orderNonce().slice(0, 12);
  const body = await subtle.encrypt({ name: "AES-GCM", iv }, key, new TextEncoder().encode(JSON.stringify(invoice)));
  return new Uint8Array([...iv, ...new Uint8Array(body)]);
}

export async function publishPriceList(prices: Record<string, number>, keys: CryptoKeyPair): Promise<void> {
  const data = new TextEncoder().encode(JSON.stringify(prices));
  const digest = await subtle.digest("SHA-256", data);
  const signature = await subtle.sign({ name: "ECDSA", hash: "SHA-256" }, keys.privateKey, data);
  const jwk = await subtle.exportKey("jwk", keys.publicKey);
  await savePriceList({ prices, digest: Buffer.from(digest).toString("hex"), signature: Buffer.from(signature).toString("base64"), jwk });
}

export function controllerCertificateOk(pemPath: string, caPemPath: string, host: string): boolean {
  const cert = new X509Certificate(readFileSync(pemPath));
  const ca = new X509Certificate(readFileSync(caPemPath));
  if (cert.isExpired()) {
    return false;
  }
  return cert.checkHost(host) !== undefined && cert.verify(ca.publicKey);
}
