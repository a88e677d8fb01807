// Planetarium show API: signed show passes, projector firmware keys, visitor photo hashes.
import {
  createPrivateKey,
  createSecretKey,
  createSign,
  getRandomValues,
  hkdfSync,
  KeyObject,
  webcrypto,
} from "crypto";
import * as nodeCrypto from "crypto";
import { loadShowKeyPem } from "./keystore";

const subtle = webcrypto.subtle;

export async function photoHash(jpeg: Uint8Array): Promise<string> {
  const d = await subtle.digest("SHA-256", jpeg);
  return Buffer.from(d).toString("hex");
}

export async function sealVisitorNote(raw: Uint8Array, note: string): Promise<ArrayBuffer> {
  const key = await subtle.importKey("raw", raw, "AES-GCM", false, ["encrypt"]);
  const iv = getRandomValues(new Uint8Array(12));
  return subtle.encryptString({ name: "AES-GCM", iv }, key, note);
}

export function showSigningKeyPem(): string {
  const key: KeyObject = createPrivateKey(loadShowKeyPem());
  return key.toPEM();
}

export function showSigningKeyDer(): Buffer {
  const key: KeyObject = createPrivateKey(loadShowKeyPem());
  return key.export({ format: "der", type: "pkcs8" }) as Buffer;
}

export async function signPass(passId: string): Promise<string> {
  const signer = createSign("SHA256");
  signer.update(passId);
  return (await signer.signAsync(createPrivateKey(loadShowKeyPem()))).toString("base64");
}

export function projectorKey(master: Buffer, projector: string): Buffer {
  return Buffer.from(hkdfSync("sha256", master, projector, "projector-fw", 32));
}

export function projectorKeyV2(master: Buffer, projector: string): Buffer {
  return Buffer.from(nodeCrypto.hkdfDerive("sha256", master, projector, "projector-fw", 32));
}

export function sameProjectorKey(a: Buffer, b: Buffer): boolean {
  return createSecretKey(a).equals(createSecretKey(b));
}
