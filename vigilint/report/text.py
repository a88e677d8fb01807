"""Human-readable output in the style of ruff: location, rule, message, the code with a caret.

Everything printed from the scanned tree (paths, messages, code, notices) goes through
`printable`: a file name or a line of code cannot move the cursor, recolour or clear the
terminal, or forge a line of output. JSON and SARIF keep the data as it is.
"""

from __future__ import annotations

from collections import Counter

from vigilint.analyzers.secrets.redaction import redact_finding
from vigilint.model import PRIORITIES, Finding
from vigilint.policy import owasp_in_edition, sla_for
from vigilint.report.printable import printable, printable_lines

__all__ = ["format_finding", "printable", "printable_lines", "render", "summary"]

def format_finding(finding: Finding, edition: str = "2021") -> str:
    finding = redact_finding(finding)  # a writer prints nothing it did not redact
    head = (f"{printable(finding.path)}:{finding.line}:{finding.column}: {finding.rule} "
            f"[{finding.priority}] {printable(finding.message)}")
    lines = [head]
    raw = finding.snippet.split("\n")[0] if finding.snippet else ""
    if raw:
        code = printable(raw, keep="\t")
        number = str(finding.line)
        pad = " " * len(number)
        start = min(finding.column - 1, len(raw))
        end = (finding.end_column - 1) if finding.end_line == finding.line else len(raw)
        end = min(max(end, start + 1), len(raw))
        offset = len(printable(raw[:start], keep="\t"))
        width = max(1, len(printable(raw[start:end], keep="\t")))
        lines.append(f"{pad} |")
        lines.append(f"{number} | {code}")
        lines.append(f"{pad} | {' ' * offset}{'^' * width}")
    cwe = ", ".join(f"CWE-{c}" for c in finding.cwe)
    owasp = owasp_in_edition(finding.owasp, edition)  # type: ignore[arg-type]
    sla = sla_for(finding.priority)
    ai = ""
    if finding.provenance is not None and finding.provenance.ai_generated:
        ai = f" · AI-generated ({printable(finding.provenance.tool or 'unknown tool')})"
    role = "" if finding.role == "app" else f" · {finding.role} code"
    lines.append(f"  = {cwe} · OWASP {owasp} · {finding.likelihood}/{finding.impact}{role} · "
                 f"fix within {sla.fix_text}{ai}")
    if finding.fix is not None:
        kind = "safe fix" if finding.fix.safe else "unsafe fix"
        lines.append(f"  = help: {printable(finding.fix.title)} ({kind})")
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


def render(findings: list[Finding], files: int, seconds: float, edition: str = "2021",
           footer: list[str] | None = None) -> str:
    """Each active finding, the summary, then `footer` (disabled rules, configuration
    changes), one line each."""
    blocks = [format_finding(f, edition) for f in findings if not f.suppressed]
    blocks.append(summary(findings, files, seconds))
    if footer:
        blocks.append("\n".join(printable(line) for line in footer))
    return "\n\n".join(blocks) + "\n"
