// Team wiki "vault notes": private notes stored in the database, share links, search index.
import { createHash, randomBytes, timingSafeEqual } from "crypto";

interface Note {
  id: string;
  owner: string;
  body: string;
}

export class NoteSealer {
  constructor(private readonly masterKey: string) {}

  private *pad(noteId: string): Generator<number> {
    let counter = 0;
    for (;;) {
      const block = createHash("sha256").update(`${this.masterKey}:${noteId}:${counter}`).digest();
      for (const b of block) yield b;
      counter++;
    }
  }

  seal(note: Note): Buffer {
    const stream = this.pad(note.id);
    const plain = Buffer.from(note.body, "utf8");
    const out = Buffer.alloc(plain.length);
    plain.forEach((b, i) => {
      out[i] = b ^ (stream.next().value as number);
    });
    return out;
  }
}

export function shareTokenValid(presented: string, stored: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(stored);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function columnarHide(secret: string, columns = 4): string {
  const rows: string[] = [];
  for (let i = 0; i < secret.length; i += columns) rows.push(secret.slice(i, i + columns));
  let out = "";
  for (let c = 0; c < columns; c++) {
    for (const row of rows) if (c < row.length) out += row[c];
  }
  return out;
}

export function apiKeyFromVault(stored: string): string {
  return columnarHide(stored, 5);
}

export class TokenBloom {
  private bits: Uint8Array;
  constructor(private size = 4096) {
    this.bits = new Uint8Array(size);
  }
  private positions(token: string): number[] {
    let h1 = 2166136261;
    let h2 = 0;
    for (let i = 0; i < token.length; i++) {
      h1 = Math.imul(h1 ^ token.charCodeAt(i), 16777619) >>> 0;
      h2 = (h2 * 31 + token.charCodeAt(i)) >>> 0;
    }
    return [h1 % this.size, h2 % this.size, (h1 ^ h2) % this.size];
  }
  add(token: string): void {
    for (const p of this.positions(token)) this.bits[p] = 1;
  }
  mightContain(token: string): boolean {
    return this.positions(token).every((p) => this.bits[p] === 1);
  }
}

export function lineDiff(a: string[], b: string[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

export function inviteId(): string {
  return randomBytes(16).toString("base64url");
}
