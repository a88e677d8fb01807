"""Baselines: accept the findings a project already has, report only new ones.

`vigilint scan --write-baseline FILE` records every active finding as (rule, path, fingerprint);
`vigilint scan --baseline FILE` then leaves those out. A baseline never holds code or secrets: the
fingerprint of a secret finding is derived from an HMAC of the value with the per-install key
(`VIGILINT_HMAC_KEY` overrides it, so a baseline written in CI matches findings in CI). Other
findings' fingerprints hash the rule and the normalised code, so they survive line moves.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from vigilint import __version__
from vigilint.model import Finding

VERSION = 1
TOOL = "vigilint"


class BaselineError(Exception):
    """The baseline file can't be read or is not a vigilint baseline (one-line message)."""


Key = tuple[str, str, str]


def _key(rule: str, path: str, fingerprint: str) -> Key:
    return (rule, path, fingerprint)


def build(findings: Iterable[Finding]) -> dict[str, Any]:
    entries = sorted({_key(f.rule, f.path, f.fingerprint) for f in findings if not f.suppressed})
    return {
        "version": VERSION,
        "tool": TOOL,
        "tool_version": __version__,
        "hmac_key": "VIGILINT_HMAC_KEY" if os.environ.get("VIGILINT_HMAC_KEY") else "per-install",
        "findings": [{"rule": r, "path": p, "fingerprint": fp} for r, p, fp in entries],
    }


def write(path: str | Path, findings: Iterable[Finding]) -> int:
    """Write the baseline; returns how many findings it holds."""
    doc = build(findings)
    try:
        Path(path).write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise BaselineError(f"{path}: can't write the baseline ({exc.strerror})") from exc
    return len(doc["findings"])


def load(path: str | Path) -> set[Key]:
    """The (rule, path, fingerprint) keys of a baseline file."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise BaselineError(f"{path}: no such baseline file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: can't read the baseline ({exc})") from exc
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{path}: not a JSON baseline (line {exc.lineno}: {exc.msg})") from exc
    if not isinstance(doc, dict) or doc.get("tool") != TOOL or "findings" not in doc:
        raise BaselineError(f"{path}: not a vigilint baseline (expected 'tool' and 'findings')")
    if doc.get("version") != VERSION:
        raise BaselineError(f"{path}: baseline version {doc.get('version')!r} is not supported "
                            f"(expected {VERSION})")
    entries = doc["findings"]
    if not isinstance(entries, list):
        raise BaselineError(f"{path}: 'findings' must be a list")
    keys: set[Key] = set()
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict) or not all(
                isinstance(entry.get(k), str) for k in ("rule", "path", "fingerprint")):
            raise BaselineError(f"{path}: finding {index} needs string 'rule', 'path' and "
                                "'fingerprint'")
        keys.add(_key(entry["rule"], entry["path"], entry["fingerprint"]))
    return keys


def new_findings(findings: list[Finding], known: set[Key]) -> tuple[list[Finding], int]:
    """The findings not in the baseline, and how many were left out."""
    kept = [f for f in findings if _key(f.rule, f.path, f.fingerprint) not in known]
    return kept, len(findings) - len(kept)
