// Tutoring marketplace: student exports, session notes, parent messages, A/B fixtures, caching.

import * as crypto from 'node:crypto';

interface Student {
  id: number;
  name: string;
  school: string;
  notes: string;
}

const NOTES_KEY = Buffer.from(process.env.NOTES_KEY ?? 'tutoring-notes-key');
const MESSAGE_KEY = crypto.scryptSync(process.env.MESSAGE_PASS ?? 'dev', 'tutoring-messages', 32);

const A = 7;
const B = 11;
const A_INV = 15; // 7 * 15 = 105 = 1 mod 26

function affine(ch: string, f: (x: number) => number): string {
  const code = ch.charCodeAt(0);
  if (code >= 65 && code <= 90) return String.fromCharCode(((f(code - 65) % 26) + 26) % 26 + 65);
  if (code >= 97 && code <= 122) return String.fromCharCode(((f(code - 97) % 26) + 26) % 26 + 97);
  return ch;
}

// Names in the CSV export sent to partner schools are encrypted; the school decodes with the key card.
export const protectName = (name: string): string => name.replace(/./g, (c) => affine(c, (x) => A * x + B));
export const revealName = (name: string): string => name.replace(/./g, (c) => affine(c, (x) => A_INV * (x - B)));

export function exportCsv(students: Student[]): string {
  return students.map((s) => [s.id, protectName(s.name), s.school].join(',')).join('\n');
}

export class NotesVault {
  constructor(private readonly key: Buffer = NOTES_KEY) {}

  private transform(data: Buffer, sessionNo: number): Buffer {
    const out = Buffer.alloc(data.length);
    for (let i = 0; i < data.length; i++) {
      out[i] = data[i] ^ this.key[i % this.key.length] ^ ((sessionNo + i) & 0xff);
    }
    return out;
  }

  seal(notes: string, sessionNo: number): string {
    return this.transform(Buffer.from(notes, 'utf8'), sessionNo).toString('base64');
  }

  open(blob: string, sessionNo: number): string {
    return this.transform(Buffer.from(blob, 'base64'), sessionNo).toString('utf8');
  }
}

function isoPad(data: Buffer): Buffer {
  const padLen = 16 - (data.length % 16);
  const pad = Buffer.alloc(padLen);
  pad[0] = 0x80;
  return Buffer.concat([data, pad]);
}

function isoUnpad(data: Buffer): Buffer {
  const mark = data.lastIndexOf(0x80);
  if (mark < 0 || data.subarray(mark + 1).some((b) => b !== 0)) throw new Error('padding');
  return data.subarray(0, mark);
}

export function sealParentMessage(text: string): Buffer {
  const iv = crypto.randomBytes(16);
  const c = crypto.createCipheriv('aes-256-cbc', MESSAGE_KEY, iv);
  c.setAutoPadding(false);
  return Buffer.concat([iv, c.update(isoPad(Buffer.from(text))), c.final()]);
}

export function openParentMessage(blob: Buffer): string {
  const d = crypto.createDecipheriv('aes-256-cbc', MESSAGE_KEY, blob.subarray(0, 16));
  d.setAutoPadding(false);
  return isoUnpad(Buffer.concat([d.update(blob.subarray(16)), d.final()])).toString();
}

export function sealReport(report: string): Buffer {
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', MESSAGE_KEY, iv);
  const body = Buffer.concat([c.update(report, 'utf8'), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), body]);
}

export function openReport(blob: Buffer): string {
  const d = crypto.createDecipheriv('aes-256-gcm', MESSAGE_KEY, blob.subarray(0, 12));
  d.setAuthTag(blob.subarray(12, 28));
  return Buffer.concat([d.update(blob.subarray(28)), d.final()]).toString('utf8');
}

export function openReportHex(iv: string, tag: string, body: string): string {
  const d = crypto.createDecipheriv('aes-256-gcm', MESSAGE_KEY, Buffer.from(iv, 'hex'));
  d.setAuthTagHex(tag);
  return Buffer.concat([d.update(Buffer.from(body, 'hex')), d.final()]).toString('utf8');
}

export function abFixture(students: Student[], seed = 42): [Student[], Student[]] {
  let s = seed;
  const next = () => (s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296;
  const pool = [...students].sort((x, y) => x.id - y.id);
  const a: Student[] = [];
  const b: Student[] = [];
  for (const st of pool) (next() < 0.5 ? a : b).push(st);
  return [a, b];
}

export function tutorListEtag(json: string): string {
  return '"' + crypto.createHash('sha1').update(json).digest('base64url').slice(0, 20) + '"';
}
