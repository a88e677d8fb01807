"""What `vigilint scan` does with provenance after the engine has run: join findings to the
AI-written ranges they fall in, record the scan in the findings ledger, and apply the AI gate.

The scan never fails because of this: a database that can't be opened or written gives one
notice ("ledger skipped") and the report goes on without it.
"""

from __future__ import annotations

import dataclasses
import os
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from vigilint.config import Settings
from vigilint.model import Finding, Priority
from vigilint.policy import at_or_above
from vigilint.workspace import (
    OutsideWorkspaceError,
    db_path,
    find_workspace,
    relative_path,
)

if TYPE_CHECKING:  # the store, ledger and recorder load only for a workspace with a database
    from vigilint.provenance import context
    from vigilint.provenance.ledger import Ledger, ScanUpdate
    from vigilint.provenance.store import SqliteStore

AI_GATE: Priority = "P1"  # the seed's threshold: P0 and P1 findings in AI-written code fail the gate
LEDGER_TIMEOUT_S = 2.0


@dataclass
class ScanProvenance:
    """The outcome: findings (annotated), notices to show, and what fails the AI gate."""

    findings: list[Finding]
    notices: list[str] = field(default_factory=list)
    gate_failures: list[Finding] = field(default_factory=list)
    ledger: ScanUpdate | None = None
    workspace: Path | None = None


def _absolute(root: Path, display: str) -> Path:
    path = Path(display)
    return path if path.is_absolute() else root / path


def _read_lines(path: Path) -> list[str] | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None


def join_findings(store: SqliteStore, findings: Sequence[Finding], root: Path,
                  workspace: Path) -> list[Finding]:
    """`findings` (paths relative to `root`) with provenance where they fall in AI ranges."""
    from vigilint.provenance.api import annotate

    recorded = set(store.paths())
    if not recorded:
        return list(findings)
    by_path: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        by_path[finding.path].append(finding)
    out: list[Finding] = []
    for display, group in by_path.items():
        try:
            rel = relative_path(workspace, _absolute(root, display))
        except OutsideWorkspaceError:
            out.extend(group)
            continue
        lines = _read_lines(_absolute(root, display)) if rel in recorded else None
        if lines is None:
            out.extend(group)
            continue
        ranges = [dataclasses.replace(r, path=display) for r in store.ranges(rel, lines)]
        out.extend(annotate(group, ranges))
    out.sort(key=Finding.sort_key)
    return out


def escalate(findings: list[Finding]) -> list[Finding]:
    """Findings in AI-written code of the categories assistants get wrong most (hand-rolled
    crypto, invented APIs and packages) with their likelihood raised one step."""
    from vigilint.analyzers.crypto.escalation import escalate_for_ai

    return [escalate_for_ai(finding)
            if finding.provenance is not None and finding.provenance.ai_generated else finding
            for finding in findings]


def scanned_files(paths: Sequence[Path], root: Path, settings: Settings, workspace: Path,
                  candidates: Sequence[str]) -> set[str]:
    """Which of the ledger's `candidates` (workspace-relative paths with open findings) this
    scan covered: files it read, and files it would have read that are now deleted."""
    if not candidates:
        return set()
    from vigilint.scan import discover, read_text

    discovered = {Path(os.path.realpath(p)) for p in discover(paths, root, settings, [])}
    folders = [Path(os.path.realpath(p)) for p in paths if p.is_dir()]
    covered: set[str] = set()
    for rel in candidates:
        absolute = Path(os.path.realpath(workspace / rel))
        if absolute in discovered:
            text, _ = read_text(absolute, rel, settings.max_file_size, [])
            if text is not None:
                covered.add(rel)
        elif not absolute.exists() and any(absolute.is_relative_to(f) for f in folders):
            covered.add(rel)
    return covered


def after_scan(findings: list[Finding], paths: Sequence[Path], root: Path,
               settings: Settings, *, ai_gate: bool = False, now: datetime | None = None,
               source: str = "cli") -> ScanProvenance:
    """Join, record and gate one scan's findings (see the module docstring)."""
    workspace = find_workspace(root)
    outcome = ScanProvenance(findings=list(findings), workspace=workspace)
    if workspace is None:
        return outcome
    want_ledger = settings.provenance.ledger
    if not want_ledger and not db_path(workspace).exists():
        return outcome
    from vigilint.provenance.store import StoreError, open_store

    try:
        store = open_store(workspace, create=want_ledger, timeout=LEDGER_TIMEOUT_S)
    except StoreError as exc:
        outcome.notices.append(f"{exc}; the findings ledger and AI provenance were skipped "
                               "for this scan")
        return _gate(outcome, ai_gate)
    with store:
        try:
            outcome.findings = escalate(join_findings(store, findings, root, workspace))
        except StoreError as exc:
            outcome.notices.append(f"{exc}; AI provenance was skipped for this scan")
        if want_ledger:
            try:
                outcome.ledger = _record(store, outcome.findings, paths, root, settings,
                                         workspace, now, source)
            except (StoreError, OSError) as exc:
                outcome.notices.append(f"{exc}; the findings ledger was skipped for this scan")
            except Exception as exc:  # the report matters more than the ledger
                outcome.notices.append(f"the findings ledger failed ({type(exc).__name__}: "
                                       f"{exc}); skipped for this scan")
    return _gate(outcome, ai_gate)


def _record(store: SqliteStore, findings: Sequence[Finding], paths: Sequence[Path],
            root: Path, settings: Settings, workspace: Path, now: datetime | None,
            source: str) -> ScanUpdate:
    from vigilint.provenance import context
    from vigilint.provenance.backends.sqlite import SqliteDatabase
    from vigilint.provenance.ledger import Ledger

    ledger = Ledger(SqliteDatabase(store))
    ctx = context.detect(workspace, settings, source=source)
    ledger.adopt(ctx.repository)
    return record_into(ledger, store, findings, paths, root, settings, workspace, ctx, now)


def record_into(ledger: Ledger, store: SqliteStore | None, findings: Sequence[Finding],
                paths: Sequence[Path], root: Path, settings: Settings, workspace: Path,
                ctx: context.SyncContext, now: datetime | None = None) -> ScanUpdate:
    """Record one scan's findings (paths relative to `root`) in `ledger`, with the AI-written
    ranges of the scanned files from the workspace's provenance `store` (when there is one).
    Paths are stored relative to the workspace."""
    from vigilint.provenance.aicode import ai_ranges

    pairs: list[tuple[str, Finding]] = []
    for finding in findings:
        try:
            pairs.append((relative_path(workspace, _absolute(root, finding.path)), finding))
        except OutsideWorkspaceError:
            continue
    with_findings = {rel for rel, _ in pairs}
    recorded = set(store.paths()) if store is not None else set()
    candidates = sorted((set(ledger.open_paths(ctx.repository)) | recorded) - with_findings)
    scanned = with_findings | scanned_files(paths, root, settings, workspace, candidates)
    ai = ai_ranges(store, scanned, workspace) if store is not None else []
    return ledger.sync(ctx, pairs, scanned, ai, now=now)


def ai_gate_failures(findings: Sequence[Finding]) -> list[Finding]:
    """The findings that fail the AI gate: unsuppressed, P0/P1, in AI-written code."""
    return [f for f in findings
            if not f.suppressed and f.provenance is not None and f.provenance.ai_generated
            and at_or_above(f.priority, AI_GATE)]


def _gate(outcome: ScanProvenance, ai_gate: bool) -> ScanProvenance:
    if ai_gate:
        outcome.gate_failures = ai_gate_failures(outcome.findings)
    return outcome


def gate_message(failures: Sequence[Finding]) -> str:
    count = len(failures)
    return (f"AI gate: {count} P0/P1 finding{'s' if count != 1 else ''} in AI-written code; "
            "fix them before merging")
