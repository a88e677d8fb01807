// Offline credential box for the field-service tablet app.
import { createHash, createCipheriv, createDecipheriv } from 'crypto';

const SBOX: number[] = [
  0xe, 0x4, 0xd, 0x1, 0x2, 0xf, 0xb, 0x8, 0x3, 0xa, 0x6, 0xc, 0x5, 0x9, 0x0, 0x7,
];
const INV_SBOX: number[] = SBOX.map((_, i) => SBOX.indexOf(i));

export class CredentialBox {
  private readonly roundKeys: number[];
  private static readonly ROUNDS = 8;

  constructor(key: Uint8Array) {
    this.roundKeys = [];
    let state = (key[0] << 8) | key[1];
    for (let r = 0; r <= CredentialBox.ROUNDS; r++) {
      state = ((state << 3) | (state >>> 13)) & 0xffff;
      state ^= (key[(r + 2) % key.length] << 8) | key[(r + 3) % key.length];
      this.roundKeys.push(state);
    }
  }

  private substitute(block: number, table: number[]): number {
    let out = 0;
    for (let nibble = 0; nibble < 4; nibble++) {
      out |= table[(block >>> (nibble * 4)) & 0xf] << (nibble * 4);
    }
    return out;
  }

  private permute(block: number): number {
    let out = 0;
    for (let bit = 0; bit < 16; bit++) {
      if (block & (1 << bit)) {
        out |= 1 << ((bit % 4) * 4 + Math.floor(bit / 4));
      }
    }
    return out;
  }

  encryptBlock(block: number): number {
    let state = block;
    for (let r = 0; r < CredentialBox.ROUNDS - 1; r++) {
      state = this.permute(this.substitute(state ^ this.roundKeys[r], SBOX));
    }
    state = this.substitute(state ^ this.roundKeys[CredentialBox.ROUNDS - 1], SBOX);
    return state ^ this.roundKeys[CredentialBox.ROUNDS];
  }

  decryptBlock(block: number): number {
    let state = block ^ this.roundKeys[CredentialBox.ROUNDS];
    state = this.substitute(state, INV_SBOX) ^ this.roundKeys[CredentialBox.ROUNDS - 1];
    for (let r = CredentialBox.ROUNDS - 2; r >= 0; r--) {
      state = this.substitute(this.permute(state), INV_SBOX) ^ this.roundKeys[r];
    }
    return state;
  }

  seal(secret: string): number[] {
    const bytes = Buffer.from(secret, 'utf8');
    const blocks: number[] = [];
    for (let i = 0; i < bytes.length; i += 2) {
      blocks.push(this.encryptBlock((bytes[i] << 8) | (bytes[i + 1] ?? 0)));
    }
    return blocks;
  }
}

export function stretchPin(pin: string, deviceId: string): Buffer {
  let acc = Buffer.from(deviceId + ':' + pin, 'utf8');
  for (let i = 0; i < 20000; i++) {
    acc = createHash('sha256').update(acc).update(pin).digest();
  }
  return acc;
}

function padBlock(data: Buffer): Buffer {
  const missing = 16 - (data.length % 16);
  const padding = Buffer.alloc(missing, 0x20);
  return Buffer.concat([data, padding]);
}

export function encryptNote(note: string, key: Buffer): string {
  const cipher = createCipheriv('aes-256-ecb', key, null);
  cipher.setAutoPadding(false);
  const body = cipher.update(padBlock(Buffer.from(note, 'utf8')));
  return Buffer.concat([body, cipher.final()]).toString('base64');
}

export function decryptNote(blob: string, key: Buffer): string {
  const decipher = createDecipheriv('aes-256-ecb', key, null);
  decipher.setAutoPadding(false);
  const plain = Buffer.concat([decipher.update(Buffer.from(blob, 'base64')), decipher.final()]);
  return plain.toString('utf8').trimEnd();
}

export function toHex(bytes: Uint8Array): string {
  const digits = '0123456789abcdef';
  let out = '';
  for (const b of bytes) {
    out += digits[b >> 4] + digits[b & 0x0f];
  }
  return out;
}

export function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) {
    out[i] = parseInt(hex.substr(i * 2, 2), 16);
  }
  return out;
}
