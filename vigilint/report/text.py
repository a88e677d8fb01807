"""Human-readable output in the style of ruff: location, rule, message, the code with a caret."""

from __future__ import annotations

from collections import Counter

from vigilint.analyzers.secrets.redaction import redact_finding
from vigilint.model import PRIORITIES, Finding
from vigilint.policy import owasp_in_edition, sla_for


def format_finding(finding: Finding, edition: str = "2021") -> str:
    finding = redact_finding(finding)  # a writer prints nothing it did not redact
    head = (f"{finding.path}:{finding.line}:{finding.column}: {finding.rule} "
            f"[{finding.priority}] {finding.message}")
    lines = [head]
    code = finding.snippet.split("\n")[0] if finding.snippet else ""
    if code:
        number = str(finding.line)
        pad = " " * len(number)
        width = (finding.end_column - finding.column) if finding.end_line == finding.line \
            else len(code) - finding.column + 1
        width = max(1, min(width, max(1, len(code) - finding.column + 1)))
        lines.append(f"{pad} |")
        lines.append(f"{number} | {code}")
        lines.append(f"{pad} | {' ' * (finding.column - 1)}{'^' * width}")
    cwe = ", ".join(f"CWE-{c}" for c in finding.cwe)
    owasp = owasp_in_edition(finding.owasp, edition)  # type: ignore[arg-type]
    sla = sla_for(finding.priority)
    ai = ""
    if finding.provenance is not None and finding.provenance.ai_generated:
        ai = f" · AI-generated ({finding.provenance.tool or 'unknown tool'})"
    role = "" if finding.role == "app" else f" · {finding.role} code"
    lines.append(f"  = {cwe} · OWASP {owasp} · {finding.likelihood}/{finding.impact}{role} · "
                 f"fix within {sla.fix_text}{ai}")
    if finding.fix is not None:
        kind = "safe fix" if finding.fix.safe else "unsafe fix"
        lines.append(f"  = help: {finding.fix.title} ({kind})")
    return "\n".join(lines)


def summary(findings: list[Finding], files: int, seconds: float) -> str:
    active = [f for f in findings if not f.suppressed]
    suppressed = len(findings) - len(active)
    counts = Counter(f.priority for f in active)
    by_priority = ", ".join(f"{p}: {counts[p]}" for p in PRIORITIES if counts[p])
    text = f"Found {len(active)} finding{'s' if len(active) != 1 else ''}"
    if by_priority:
        text += f" ({by_priority})"
    if suppressed:
        text += f", {suppressed} suppressed with justification"
    return text + f". Scanned {files} file{'s' if files != 1 else ''} in {seconds:.2f}s."


def render(findings: list[Finding], files: int, seconds: float, edition: str = "2021") -> str:
    blocks = [format_finding(f, edition) for f in findings if not f.suppressed]
    blocks.append(summary(findings, files, seconds))
    return "\n\n".join(blocks) + "\n"
