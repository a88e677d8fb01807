"""Applying fixes to files: `vigilint scan --fix` / `--unsafe-fixes` / `--diff`.

Only fixes that passed the fix gate (analyzers/fix_check.py) exist on findings. A file with a
fix the caller wants is read again and analysed again (the text may have moved on since the
scan), its wanted fixes that can go together are applied, and the result analysed again, up to
`MAX_ROUNDS` times (a fix skipped because it overlapped another is applied in a later round).
Writes are atomic (a temporary file beside the target, then `os.replace`, mode kept); a file
whose bytes changed while it was being fixed, or that is not valid UTF-8, is left alone with a
notice. The diff is built from redacted texts (the one redactor, with every secret the
detectors find in the file): it never shows a raw secret, even on the line a secret fix removes.
"""

from __future__ import annotations

import difflib
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from vigilint.analyzers.fixes import apply_fixes, compatible
from vigilint.model import Finding

if TYPE_CHECKING:
    from vigilint.analyzers.engine import Engine

MAX_ROUNDS = 4


@dataclass
class FileFix:
    """What fixing one file did (or would do)."""

    display: str
    before: str
    after: str
    applied: list[str] = field(default_factory=list)  # "RULE-ID: title" per fix applied
    withheld: int = 0  # fixes that failed the fix gate (not offered, not applied)
    findings: list[Finding] = field(default_factory=list)  # what the fixed text still has


@dataclass
class FixOutcome:
    files: list[FileFix] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(f.applied) for f in self.files)

    @property
    def withheld(self) -> int:
        return sum(f.withheld for f in self.files)


def wanted(finding: Finding, unsafe: bool) -> bool:
    return finding.fix is not None and not finding.suppressed and (finding.fix.safe or unsafe)


def fix_text(engine: Engine, display: str, text: str, unsafe: bool) -> FileFix:
    """Apply the wanted fixes of one file's text in rounds; the text is not written."""
    result = FileFix(display=display, before=text, after=text)
    current = text
    analysis = engine.analyze(display, current)
    result.withheld = len(analysis.fixes_rejected)
    for _ in range(MAX_ROUNDS):
        chosen = [f for f in analysis.findings if wanted(f, unsafe)]
        if not chosen:
            break
        taken, _ = compatible(chosen, [f.fix for f in chosen if f.fix is not None])
        current = apply_fixes(current, [f.fix for f in taken if f.fix is not None])
        result.applied.extend(f"{f.rule}: {f.fix.title}" for f in taken if f.fix is not None)
        analysis = engine.analyze(display, current)
    result.after = current
    result.findings = analysis.findings
    return result


def fix_files(engine: Engine, findings: Sequence[Finding], files: dict[str, str],
              unsafe: bool, write: bool) -> FixOutcome:
    """Fix every file of `findings` that has a wanted fix; write them when `write`."""
    outcome = FixOutcome()
    for display in sorted({f.path for f in findings if wanted(f, unsafe)}):
        path = Path(files.get(display, display))
        try:
            raw = path.read_bytes()
            text = raw.decode("utf-8")
        except OSError as exc:
            outcome.notices.append(f"{display}: can't read it ({exc.strerror}); not fixed")
            continue
        except UnicodeDecodeError:
            outcome.notices.append(f"{display}: not valid UTF-8; not fixed")
            continue
        fixed = fix_text(engine, display, text, unsafe)
        if fixed.after == text:
            if fixed.withheld:
                outcome.files.append(fixed)  # counted, nothing to write
            continue
        if write:
            problem = _write_atomic(path, raw, fixed.after)
            if problem:
                outcome.notices.append(f"{display}: {problem}; not fixed")
                continue
        outcome.files.append(fixed)
    return outcome


def _write_atomic(path: Path, expected: bytes, text: str) -> str:
    """Replace the file with `text` unless its bytes are no longer `expected`; "" or why not."""
    try:
        if path.read_bytes() != expected:
            return "changed while it was being fixed"
        mode = path.stat().st_mode & 0o7777
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.vigilint-")
    except OSError as exc:
        return f"can't write it ({exc.strerror})"
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        return f"can't write it ({exc.strerror})"
    return ""


@dataclass(frozen=True)
class _Secrets:
    """The secrets of a file's original text: their values and the lines that carry them."""

    values: tuple[str, ...]
    carrying: frozenset[int]  # 0-based line indexes of the original text

    @classmethod
    def of(cls, text: str, display: str) -> _Secrets:
        from vigilint.analyzers.languages import language_for
        from vigilint.analyzers.secrets.scanner import scan_text

        matches = scan_text(text, display, language_for(display))
        carrying: set[int] = set()
        for match in matches:
            first = text.count("\n", 0, match.start)
            carrying.update(range(first, first + text.count("\n", match.start, match.end) + 1))
        return cls(tuple(m.value for m in matches), frozenset(carrying))

    def redacted_lines(self, text: str, original: bool) -> list[str]:
        """`text` line by line through the one redactor, with the original's secret values (a
        fix adds no secret: the engine drops any fix whose text the redactor would mask); in
        the original, its secret-carrying lines are masked as such."""
        from vigilint.analyzers.secrets.redaction import redact_text

        return [redact_text(line, self.values, original and index in self.carrying)
                for index, line in enumerate(text.splitlines(keepends=True))]


def unified_diff(fixed: FileFix, context: int = 3, secrets: _Secrets | None = None) -> str:
    """The change as a unified diff of the redacted texts (no raw secret on either side)."""
    secrets = secrets or _Secrets.of(fixed.before, fixed.display)
    before = secrets.redacted_lines(fixed.before, True)
    after = secrets.redacted_lines(fixed.after, False)
    for lines in (before, after):
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n\\ No newline at end of file\n"
    return "".join(difflib.unified_diff(before, after, fromfile=f"a/{fixed.display}",
                                        tofile=f"b/{fixed.display}", n=context))


MAX_SUGGESTED = 5


def suggested_rewrites(display: str, text: str, findings: Sequence[Finding]) -> str:
    """For an agent: each finding's verified fix (at most `MAX_SUGGESTED`) as its title and a
    redacted diff without context lines; "" when none carries a fix."""
    parts = []
    secrets: _Secrets | None = None
    for finding in [f for f in findings if f.fix is not None][:MAX_SUGGESTED]:
        assert finding.fix is not None
        secrets = secrets or _Secrets.of(text, display)
        after = apply_fixes(text, [finding.fix])
        diff = unified_diff(FileFix(display, text, after), context=0, secrets=secrets)
        kind = "safe" if finding.fix.safe else "unsafe: review it"
        parts.append(f"line {finding.line} {finding.rule}: {finding.fix.title} ({kind})\n"
                     + "".join(diff.splitlines(keepends=True)[2:]))
    return "".join(parts)
