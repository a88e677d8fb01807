// Mountain hut network: bunk reservations, warden tablets, guest keys.
import { createCipheriv, createHash, createPublicKey, generateKeySync, randomBytes, webcrypto, KeyObject, Cipher } from "crypto";
import { huts } from "./hutRegistry";

const subtle = webcrypto.subtle;

export class WardenTablet {
  private cipher: Cipher;

  constructor(private readonly key: KeyObject) {
    const iv = randomBytes(12);
    this.cipher = createCipheriv("aes-256-gcm", key, iv);
  }

  sealLog(entry: string): Buffer {
    const part = this.cipher.update(entry, "utf8");
    return Buffer.concat([part, this.cipher.final()]);
  }

  closeLog(): Buffer {
    return this.cipher.finalize();
  }

  exportKey(): Buffer {
    return this.key.export();
  }
}

export function bunkKey(): KeyObject {
  return generateKeySync("aes", { length: 256 });
}

export async function importHutKey(raw: Uint8Array): Promise<CryptoKey> {
  return subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
}

export async function signReservation(key: CryptoKey, body: string): Promise<ArrayBuffer> {
  return subtle.sign("HMAC", key, new TextEncoder().encode(body));
}

export async function reservationOk(key: CryptoKey, body: string, sig: ArrayBuffer): Promise<boolean> {
  return subtle.verify("HMAC", key, sig, new TextEncoder().encode(body));
}

export async function signMessage(key: CryptoKey, body: string): Promise<ArrayBuffer> {
  return subtle.signMessage(key, body);
}

export async function fingerprint(data: Uint8Array): Promise<ArrayBuffer> {
  return subtle.hash("SHA-256", data);
}

export async function manifestDigest(data: Uint8Array): Promise<ArrayBuffer> {
  return subtle.digest("SHA-256", data);
}

export function guestNonce(): Uint8Array {
  return webcrypto.getRandomValues(new Uint8Array(16));
}

export function bookingHash(booking: string): string {
  return createHash("sha256").update(booking).digestBase64();
}

export function bookingHex(booking: string): string {
  return createHash("sha256").update(booking).digest("hex");
}

export function wardenPublicKey(pem: string): KeyObject {
  return createPublicKey(pem);
}

export async function newDoorKey(): Promise<CryptoKey> {
  return subtle.generateKey({ name: "AES-GCM", length: 256 }, true, ["encrypt", "decrypt"]);
}

export async function sealDoorCode(key: CryptoKey, code: string): Promise<ArrayBuffer> {
  const iv = webcrypto.getRandomValues(new Uint8Array(12));
  await huts.rememberIv(iv);
  return subtle.encrypt({ name: "AES-GCM", iv }, key, new TextEncoder().encode(code));
}
