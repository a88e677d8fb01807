"""## What it does
Flags comments that silence another security scanner without a written justification:
`# nosec` (bandit, gosec), `# noqa: S…` (ruff/flake8-bandit), `nosemgrep`,
`pragma: allowlist secret` (detect-secrets), `gitleaks:allow`, `NOSONAR`, `//nolint:gosec`,
`lgtm[…]`/`codeql[…]`, `checkov:skip`, `tfsec:ignore`, `trivy:ignore`, `kics-scan ignore`, and
`eslint-disable…` comments that name security rules (`no-eval`, `security/*`, `react/no-danger`,
`no-unsanitized/*`, …).

Not reported where what the marker silences is no flaw on its line: an `assert` that narrows a
type (`assert isinstance(x, T)  # noqa: S101`), a "hard-coded password" that is empty or `None`
(`"TLS_PASSWORD": "",  # nosec B105`), and CodeQL code-quality queries
(`# lgtm[py/missing-call-to-init]`).

A justification is text after the marker and its rule codes (for example after `--`, as ESLint
allows) of at least 15 characters that is not a token such as "fp" or "todo".

## Why is this bad?
AI assistants add these markers to make a warning go away, and so do hurried people. An
unexplained suppression hides a possibly real vulnerability from every later review, and the
scanner that would have caught it is silenced for good.

## Example
```python
subprocess.run(cmd, shell=True)  # nosec
```

## Use instead
```python
subprocess.run(cmd, shell=True)  # nosec B602 -- cmd is a fixed string from settings.BACKUP_CMD
```
or fix the finding.

## References
- CWE-1164: Irrelevant Code (suppressed security checks)
- OWASP A09:2021 Security Logging and Monitoring Failures / A09:2025 Security Logging & Alerting Failures
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vigilint import lazyre
from vigilint.analyzers.comments import comments
from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.suppression import justification_problem
from vigilint.model import Rule

_CODES = r"(?:[\s:=,\[\]()]*[A-Za-z][\w./@-]*\d[\w./-]*)*"
# Each marker: (scanner name, pattern matching the marker and its rule codes).
_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("bandit/gosec", lazyre.compile(r"#?\bnosec\b" + _CODES, re.IGNORECASE)),
    ("ruff/flake8-bandit", lazyre.compile(r"\bnoqa\s*:\s*(?:S\d+\b[\s,]*)+", re.IGNORECASE)),
    ("semgrep", lazyre.compile(r"\bnosemgrep\b(?:\s*:\s*[\w.,\s-]+?(?=\s--|\s*$))?", re.IGNORECASE)),
    ("detect-secrets", lazyre.compile(r"\bpragma\s*:\s*(?:allowlist|whitelist)\s+secret\b",
                                  re.IGNORECASE)),
    ("gitleaks", lazyre.compile(r"\bgitleaks\s*:\s*allow\b", re.IGNORECASE)),
    ("sonar", lazyre.compile(r"\bNOSONAR\b(?:\s*\([^)]*\))?")),
    ("golangci-lint", lazyre.compile(r"\bnolint\s*:\s*[\w,]*\b(?:gosec|gas)\b[\w,]*")),
    ("codeql", lazyre.compile(r"\b(?:lgtm|codeql)\s*\[[^\]]*\]")),
    ("checkov", lazyre.compile(r"\bcheckov\s*:\s*skip\s*=\s*[\w,]+:?", re.IGNORECASE)),
    ("tfsec/trivy", lazyre.compile(r"\b(?:tfsec|trivy)\s*:\s*ignore\s*:\s*[\w-]+", re.IGNORECASE)),
    ("kics", lazyre.compile(r"\bkics-scan\s+ignore(?:-line|-block)?\b", re.IGNORECASE)),
    ("eslint", lazyre.compile(
        r"\beslint-disable(?:-next-line|-line)?\s+(?P<rules>[^*\n]*?)(?=\s--|\s*\*/|\s*$)")),
)
_ESLINT_SECURITY = lazyre.compile(
    r"(?:^|[\s,])(?:security(?:-node)?/[\w-]+|no-eval|no-implied-eval|no-new-func|"
    r"no-script-url|react/no-danger(?:-with-children)?|no-unsanitized/[\w-]+|"
    r"@microsoft/sdl/[\w-]+|xss/[\w-]+|scanjs-rules/[\w-]+|detect-[\w-]+)(?=$|[\s,])")
_SEPARATORS = lazyre.compile(r"^\s*(?:--|—|–|:|-|because|reason\s*:)?\s*", re.IGNORECASE)
# `(?<!\s)`: a match starts only where a run of spaces starts, so a long run is scanned once.
_CLOSERS = lazyre.compile(r"(?<!\s)\s*(?:\*/|-->)\s*$")


def _justification(text: str, end: int) -> str:
    rest = _CLOSERS.sub("", text[end:])
    return _SEPARATORS.sub("", rest, count=1).strip()


# A lower-case literal of each marker above: on ASCII text (where IGNORECASE is plain ASCII
# case folding) a file containing none of them has no marker, and its comments are not searched.
_LITERALS = ("nosec", "noqa", "nosemgrep", "pragma", "gitleaks", "nosonar", "nolint", "lgtm",
             "codeql", "checkov", "tfsec", "trivy", "kics-scan", "eslint-disable")


def _may_have_marker(text: str) -> bool:
    if not text.isascii():
        return True
    lower = text.lower()
    return any(literal in lower for literal in _LITERALS)


# What some markers silence is not a flaw on their line, whatever the reason given:
# an assert that narrows a type (bandit B101 / ruff S101 warn that `-O` strips asserts; a type
# check guards nothing), a "hard-coded password" that is empty or None (B105-B107, S105-S107),
# and CodeQL's code-quality queries (`py/missing-call-to-init`), which are not security checks.
_ASSERT_CODES = lazyre.compile(r"^(?:B101|S101)$", re.IGNORECASE)
_PASSWORD_CODES = lazyre.compile(r"^(?:B10[567]|S10[567])$", re.IGNORECASE)
_CODE = lazyre.compile(r"\b[BS]\d{3}\b")
_TYPE_ASSERT = lazyre.compile(
    r"^\s*assert\s+(?:not\s+)?(?:isinstance|issubclass|callable|hasattr)\s*\(|"
    r"^\s*assert\s+[\w.\[\]'\"]+\s+is\s+(?:not\s+)?None\s*(?:,|$|#)")
_EMPTY_VALUE = lazyre.compile(r"(?::|=)\s*(?:None|nil|null|\"\"|'')\s*,?\s*(?:#|//|$)")
_QUALITY_QUERY = lazyre.compile(
    r"^(?:py|js|java|go|cpp|cs|rb)/(?:missing-call-to-\w+|unused-[\w-]+|unreachable-[\w-]+|"
    r"redundant-[\w-]+|cyclic-import|import-[\w-]+|multiple-definition|"
    r"[\w-]*(?:shadow|equals|hash|comparison|mixed-returns|useless)[\w-]*)$")


def _hides_nothing(ctx: FileContext, scanner: str, marker: str, line: int) -> bool:
    """The marker silences only checks whose subject is not a flaw on its line."""
    code_line = ctx.lines[line - 1] if 0 < line <= len(ctx.lines) else ""
    if scanner == "codeql":
        queries = [q.strip() for q in marker[marker.find("[") + 1:].rstrip("]").split(",")]
        return any(queries) and all(_QUALITY_QUERY.match(q) for q in queries if q)
    if scanner not in ("bandit/gosec", "ruff/flake8-bandit"):
        return False
    codes = _CODE.findall(marker)
    if not codes:
        return False
    if all(_ASSERT_CODES.match(c) for c in codes):
        return bool(_TYPE_ASSERT.match(code_line))
    if all(_PASSWORD_CODES.match(c) for c in codes):
        return bool(_EMPTY_VALUE.search(code_line.split("#", 1)[0] + "#"))
    return False


def _check(ctx: FileContext) -> Iterator[Hit]:
    if not _may_have_marker(ctx.text):
        return
    for comment in comments(ctx):
        text = comment.text
        for scanner, pattern in _MARKERS:
            match = pattern.search(text)
            if match is None:
                continue
            if scanner == "eslint" and not _ESLINT_SECURITY.search(match.group("rules") or ""):
                continue
            why = _justification(text, match.end())
            problem = justification_problem(why)
            if problem is None:
                continue
            prefix = text[: match.start()]
            line = comment.line + prefix.count("\n")
            if _hides_nothing(ctx, scanner, match.group(0), line):
                break
            column = (comment.column + match.start() if "\n" not in prefix
                      else len(prefix) - prefix.rfind("\n"))
            marker = " ".join(match.group(0).split())
            yield Hit(
                position=(line, column, line, column + len(match.group(0).split("\n")[0])),
                message=f"`{marker}` silences {scanner} without a justification ({problem}); "
                        "fix the finding, or add `-- <why it does not apply>`.",
            )
            break


RULE = Rule(
    id="VG-GEN-BYPASS-001",
    name="unjustified-scanner-suppression",
    category="scanner-bypass",
    languages=("*",),
    cwe=(1164,),
    owasp=("A09:2021", "A09:2025"),
    likelihood="likely",
    impact="medium",
    confidence="high",
    message="A security scanner is silenced without a written justification.",
    check_file=_check,
)
