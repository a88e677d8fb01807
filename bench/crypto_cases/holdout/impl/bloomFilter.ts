// Probabilistic membership for "already notified" user ids.

export class BloomFilter {
  private bits: Uint8Array;

  constructor(private readonly size: number, private readonly hashes: number) {
    this.bits = new Uint8Array(Math.ceil(size / 8));
  }

  private hash(value: string, seed: number): number {
    let h = seed ^ value.length;
    for (let i = 0; i < value.length; i++) {
      h = Math.imul(h ^ value.charCodeAt(i), 0x5bd1e995);
      h ^= h >>> 13;
    }
    return (h >>> 0) % this.size;
  }

  add(value: string): void {
    for (let i = 0; i < this.hashes; i++) {
      const pos = this.hash(value, i);
      this.bits[pos >> 3] |= 1 << (pos & 7);
    }
  }

  has(value: string): boolean {
    for (let i = 0; i < this.hashes; i++) {
      const pos = this.hash(value, i);
      if (!(this.bits[pos >> 3] & (1 << (pos & 7)))) return false;
    }
    return true;
  }
}
