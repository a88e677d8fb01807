"""Shared helpers for the provenance tests (a module, so tests can import it by name)."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

AI_CODE = "def load(data):\n    return yaml.load(data)\n"
APP = "import yaml\n\n\n" + AI_CODE
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Clock:
    """A controllable clock: tests move it, nothing sleeps."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                          text=True).stdout


def finding(fingerprint: str, path: str = "app.py", *, priority: str = "P1", line: int = 5,
            rule: str = "VG-PY-DESER-001", tool: str | None = None, model: str | None = None,
            justification: str | None = None, snippet: str = "yaml.load(data)",
            message: str = "`yaml.load` can build arbitrary objects; use `yaml.safe_load`."):
    """A finding as the engine would report it (for ledger tests that need many)."""
    from vigilint.model import Finding, Provenance, Suppression

    return Finding(
        rule=rule, name="yaml-unsafe-load", category="deserialization", cwe=(502,),
        owasp=("A08:2021", "A08:2025"), likelihood="likely", impact="critical",
        priority=priority, confidence="high", path=path, line=line, column=1, end_line=line,
        end_column=10, message=message, snippet=snippet, fingerprint=fingerprint,
        provenance=Provenance(tool=tool, model=model) if tool else None,
        suppression=Suppression(justification=justification, line=line - 1)
        if justification else None)
