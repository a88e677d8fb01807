// Bug bounty platform: researcher invites, triage API and duplicate detection.
import { createHash, randomBytes } from 'node:crypto';

type Report = { id: string; title: string; endpoint: string; cwe: number; body: string };

export class InviteService {
  private readonly alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';

  private token(len: number): string {
    let out = '';
    while (out.length < len) {
      out += this.alphabet.charAt(Math.floor(Math.random() * this.alphabet.length));
    }
    return out;
  }

  privateProgramInvite(programId: string, email: string) {
    return { programId, email, acceptToken: this.token(20), sentAt: new Date().toISOString() };
  }
}

export class SafeInviteService {
  privateProgramInvite(programId: string, email: string) {
    return { programId, email, acceptToken: randomBytes(18).toString('base64url') };
  }
}

export const tokensMatch = (given: string, expected: string): boolean =>
  given.length === expected.length && [...given].every((ch, i) => ch === expected[i]);

export function triageAuthorized(headers: Record<string, string>, apiToken: string): boolean {
  const value = (headers['authorization'] ?? '').replace(/^Bearer /, '');
  return tokensMatch(value, apiToken);
}

export const stretchApiSecret = (secret: string, salt: string, rounds = 2048): Buffer =>
  Array.from({ length: rounds }).reduce<Buffer>(
    (acc) => createHash('sha256').update(acc).update(salt).digest(),
    Buffer.from(secret + salt),
  );

export function duplicateKey(r: Report): string {
  // Reports with the same endpoint, CWE and normalised title are grouped for the triager.
  const norm = r.title.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return createHash('sha256').update(`${r.endpoint}|${r.cwe}|${norm}`).digest('hex').slice(0, 16);
}

export function groupDuplicates(reports: Report[]): Map<string, Report[]> {
  const groups = new Map<string, Report[]>();
  for (const r of reports) {
    const k = duplicateKey(r);
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return groups;
}

export function fakeReports(seed: number, count: number): Report[] {
  // Fixture generator for the triage UI tests: same seed, same reports.
  let x = seed >>> 0 || 1;
  const next = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0), x);
  return Array.from({ length: count }, (_, i) => ({
    id: `R-${i}`,
    title: `Stored XSS in widget ${next() % 50}`,
    endpoint: `/api/v1/widgets/${next() % 20}`,
    cwe: [79, 89, 352, 918][next() % 4],
    body: 'steps to reproduce',
  }));
}
