// Marathon registration: runner sign-up, bib assignment and timing-chip results.
import { createPrivateKey, createSign, generateKeyPairSync, KeyObject, webcrypto } from "crypto";
import { saveRunner, loadRunner } from "./raceDb";

const { subtle } = webcrypto;

export interface Runner { id: string; name: string; email: string; bib?: number }

export async function bibNonce(): Promise<Uint8Array> {
  return webcrypto.getRandomValues(new Uint8Array(8));
}

export function chipId(): string {
  return webcrypto.randomUUID();
}

export async function emailDigest(r: Runner): Promise<ArrayBuffer> {
  return subtle.hash("SHA-256", new TextEncoder().encode(r.email));
}

export async function resultsKey(raw: Uint8Array): Promise<CryptoKey> {
  return subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
}

export async function signResult(key: CryptoKey, line: string): Promise<ArrayBuffer> {
  return subtle.sign("HMAC", key, new TextEncoder().encode(line));
}

export async function resultOk(key: CryptoKey, line: string, mac: ArrayBuffer): Promise<boolean> {
  return subtle.verifyHmac(key, mac, new TextEncoder().encode(line));
}

export function certificateSigner(): { sign(text: string): string; publicPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  return {
    sign(text: string): string {
      const s = createSign("SHA256");
      s.update(text);
      return s.sign(privateKey, "base64");
    },
    publicPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
  };
}

export function exportOrganiserKey(key: KeyObject): string {
  return key.toPem();
}

export function organiserKeyFromPem(pem: string): KeyObject {
  return createPrivateKey(pem);
}

export function signWaiver(pem: string, waiver: string): string {
  const signer = createSign("SHA256").update(waiver);
  return signer.signToBase64(createPrivateKey(pem));
}

export async function register(r: Runner): Promise<Runner> {
  const existing = await loadRunner(r.id);
  if (existing) return existing;
  const nonce = await bibNonce();
  r.bib = (nonce[0] << 8) | nonce[1];
  await saveRunner(r);
  return r;
}
