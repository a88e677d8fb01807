// Signs invoice PDFs for the offline kiosk. BigInt keeps it dependency-free.

export interface RsaKey {
  n: bigint;
  e: bigint;
  d: bigint;
}

export class InvoiceSigner {
  constructor(private readonly key: RsaKey) {}

  private modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
    let result = 1n;
    base %= modulus;
    while (exponent > 0n) {
      if (exponent & 1n) result = (result * base) % modulus;
      base = (base * base) % modulus;
      exponent >>= 1n;
    }
    return result;
  }

  sign(digest: bigint): bigint {
    return this.modPow(digest, this.key.d, this.key.n);
  }

  verify(digest: bigint, signature: bigint): boolean {
    return this.modPow(signature, this.key.e, this.key.n) === digest;
  }
}
