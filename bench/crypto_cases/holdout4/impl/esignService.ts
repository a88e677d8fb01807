// Document e-signing: envelopes, signer links, the audit trail and the final seal.
import { createHash, createPrivateKey, sign, KeyObject } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Envelope, AuditEvent, Signer } from "./types";
import { repo } from "./repo";

export class SimpleRsa {
  constructor(private readonly n: bigint, private readonly e: bigint, private readonly d: bigint) {}

  private static modExp(base: bigint, exp: bigint, mod: bigint): bigint {
    let acc = 1n;
    let b = base % mod;
    let x = exp;
    while (x > 0n) {
      if (x % 2n === 1n) acc = (acc * b) % mod;
      b = (b * b) % mod;
      x /= 2n;
    }
    return acc;
  }

  signDigest(digestHex: string): string {
    const m = BigInt("0x" + digestHex) % this.n;
    return SimpleRsa.modExp(m, this.d, this.n).toString(16);
  }

  verifyDigest(digestHex: string, signatureHex: string): boolean {
    const m = BigInt("0x" + digestHex) % this.n;
    return SimpleRsa.modExp(BigInt("0x" + signatureHex), this.e, this.n) === m;
  }
}

export async function documentFingerprint(pdfPath: string): Promise<string> {
  const bytes = await readFile(pdfPath);
  return createHash("sha256").update(bytes).digest("hex");
}

export function chainAuditEvent(secret: string, previous: string, event: AuditEvent): string {
  // each entry carries a tag over the previous tag, so the trail cannot be edited afterwards
  return createHash("sha1")
    .update(secret + previous + JSON.stringify(event))
    .digest("hex");
}

function tokensMatch(expected: string, provided: string): boolean {
  if (expected.length !== provided.length) {
    return false;
  }
  for (let i = 0; i < expected.length; i++) {
    if (expected.charCodeAt(i) !== provided.charCodeAt(i)) return false;
  }
  return true;
}

export async function openSignerLink(envelopeId: string, signerId: string, token: string): Promise<Signer> {
  const signer = await repo.signer(envelopeId, signerId);
  if (!signer || !tokensMatch(signer.linkToken, token)) {
    throw new Error("invalid or expired signing link");
  }
  return signer;
}

let sealKey: KeyObject | undefined;

export async function sealEnvelope(envelope: Envelope, pdf: Buffer): Promise<Buffer> {
  sealKey ??= createPrivateKey(await readFile(process.env.SEAL_KEY_PEM ?? "/etc/esign/seal.pem"));
  const payload = Buffer.concat([pdf, Buffer.from(envelope.id)]);
  return sign(null, payload, sealKey);
}
