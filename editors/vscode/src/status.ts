// The status bar text: the file's risk tier and its open findings, from its diagnostics.

export interface DiagnosticLike {
  source?: string;
  code?: string | number | { value: string | number };
  message: string;
  severity: number; // VS Code: 0 error, 1 warning, 2 information, 3 hint
  data?: unknown;
}

export interface FileStatus {
  tier: number | undefined;
  domain: string | undefined;
  findings: number;
  errors: number;
}

const TIER = /\bTier\s*([123])\b/i;

function codeOf(d: DiagnosticLike): string {
  if (d.code === undefined) return "";
  return typeof d.code === "object" ? String(d.code.value) : String(d.code);
}

function isContext(d: DiagnosticLike): boolean {
  const data = d.data as { tier?: number } | undefined;
  return codeOf(d).startsWith("VG-CONTEXT") || (data !== undefined && data !== null && typeof data.tier === "number");
}

export function fileStatus(diagnostics: DiagnosticLike[]): FileStatus {
  const ours = diagnostics.filter((d) => d.source === "vigilint");
  let tier: number | undefined;
  let domain: string | undefined;
  for (const d of ours.filter(isContext)) {
    const data = d.data as { tier?: number; domain?: string } | undefined;
    const found = typeof data?.tier === "number" ? data.tier : Number(TIER.exec(d.message)?.[1]);
    if (found && (tier === undefined || found > tier)) {
      tier = found;
      domain = data?.domain;
    }
  }
  const findings = ours.filter((d) => !isContext(d));
  return { tier, domain, findings: findings.length, errors: findings.filter((d) => d.severity === 0).length };
}

export function statusText(s: FileStatus): string {
  const tier = s.tier ? `Tier ${s.tier}${s.domain ? ` ${s.domain}` : ""}` : "Tier 1";
  const findings = s.findings === 0 ? "no findings" : `${s.findings} finding${s.findings === 1 ? "" : "s"}`;
  const icon = s.errors > 0 ? "$(error)" : s.findings > 0 ? "$(warning)" : "$(shield)";
  return `${icon} vigilint: ${tier} · ${findings}`;
}
