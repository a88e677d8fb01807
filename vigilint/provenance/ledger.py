"""The findings ledger: every finding a scan saw, by fingerprint, with its remediation clock.

A finding is keyed by (workspace-relative path, fingerprint); the fingerprint is stable when
lines move. Each scan updates `last_seen`; a finding absent from a later scan of its file is
fixed then; one that comes back is reopened with a fresh detection time. Only files that were
actually scanned can fix findings: a scan of `src/a.py` says nothing about `src/b.py`.

Due times come from the SLA table in `vigilint.policy` and start at detection: fix and deploy
due, and the escalation time (P0 at detection, P1 after 12 h, P2 after 5 days; P3 and P4 go
to the monthly and quarterly reviews).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from vigilint.model import Finding, Priority
from vigilint.policy import sla_for
from vigilint.provenance.store import SqliteStore, from_text, to_text, utcnow


@dataclass(frozen=True)
class LedgerEntry:
    path: str
    fingerprint: str
    rule: str
    category: str
    priority: Priority
    line: int
    message: str
    snippet: str
    first_seen: datetime
    last_seen: datetime
    fixed_at: datetime | None
    suppressed_at: datetime | None
    justification: str | None
    fix_due: datetime
    deploy_due: datetime | None
    escalate_at: datetime | None
    ai_tool: str | None
    ai_model: str | None
    reopened: int

    @property
    def open(self) -> bool:
        return self.fixed_at is None and self.suppressed_at is None

    @property
    def source(self) -> str:
        """"human", or the AI tool (and model) that wrote the code."""
        if not self.ai_tool:
            return "human"
        return f"{self.ai_tool}/{self.ai_model}" if self.ai_model else self.ai_tool


@dataclass(frozen=True)
class ScanUpdate:
    """What one scan changed in the ledger."""

    new: int = 0
    seen: int = 0
    fixed: int = 0
    reopened: int = 0
    suppressed: int = 0


def _dues(priority: Priority, detected: datetime) -> tuple[str, str | None, str | None]:
    sla = sla_for(priority)
    deploy = sla.deploy_due(detected)
    escalate = sla.escalate_at(detected)
    return (to_text(sla.fix_due(detected)), to_text(deploy) if deploy else None,
            to_text(escalate) if escalate else None)


def record_scan(store: SqliteStore, findings: Sequence[tuple[str, Finding]],
                scanned: Iterable[str], now: datetime | None = None,
                source: str = "cli") -> ScanUpdate:
    """Record one scan: `findings` as (workspace-relative path, finding) pairs, including
    suppressed ones; `scanned` the workspace-relative paths of every file the scan read (only
    their missing findings count as fixed)."""
    moment = now or utcnow()
    stamp = to_text(moment)
    scanned_paths = set(scanned)
    current: dict[tuple[str, str], Finding] = {}
    for path, finding in findings:
        current.setdefault((path, finding.fingerprint), finding)
    touched = sorted(scanned_paths | {path for path, _ in current})
    new = seen = fixed = reopened = suppressed = 0
    with store.transaction() as db:
        existing: dict[tuple[str, str], tuple[int, str, str | None, str, str | None]] = {}
        for path in touched:
            for row in db.execute("SELECT id, fingerprint, first_seen, fixed_at, priority, "
                                  "suppressed_at FROM findings WHERE path=?", (path,)):
                existing[(path, row[1])] = (row[0], row[2], row[3], row[4], row[5])
        for (path, fingerprint), finding in current.items():
            ai_tool = finding.provenance.tool if finding.provenance else None
            ai_model = finding.provenance.model if finding.provenance else None
            if finding.provenance is not None and not ai_tool:
                ai_tool = "unknown AI tool"
            justification = finding.suppression.justification if finding.suppression else None
            if finding.suppressed:
                suppressed += 1
            row = existing.get((path, fingerprint))
            if row is None:
                fix_due, deploy_due, escalate = _dues(finding.priority, moment)
                db.execute(
                    "INSERT INTO findings (path, fingerprint, rule, category, priority, line, "
                    "message, snippet, first_seen, last_seen, suppressed_at, justification, "
                    "fix_due, deploy_due, escalate_at, ai_tool, ai_model) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (path, fingerprint, finding.rule, finding.category, finding.priority,
                     finding.line, finding.message, finding.snippet, stamp, stamp,
                     stamp if finding.suppressed else None, justification, fix_due,
                     deploy_due, escalate, ai_tool, ai_model))
                new += 1
                continue
            row_id, first_seen, fixed_at, _, suppressed_at = row
            if fixed_at is not None:
                first_seen = stamp  # it came back: a new detection, a new clock
                reopened += 1
            else:
                seen += 1
            detected = from_text(first_seen)
            fix_due, deploy_due, escalate = _dues(finding.priority, detected)
            db.execute(
                "UPDATE findings SET rule=?, category=?, priority=?, line=?, message=?, "
                "snippet=?, first_seen=?, last_seen=MAX(last_seen, ?), fixed_at=NULL, "
                "suppressed_at=?, justification=?, fix_due=?, deploy_due=?, escalate_at=?, "
                "ai_tool=COALESCE(?, ai_tool), ai_model=COALESCE(?, ai_model), "
                "reopened=reopened + ? WHERE id=?",
                (finding.rule, finding.category, finding.priority, finding.line,
                 finding.message, finding.snippet, first_seen, stamp,
                 (suppressed_at or stamp) if finding.suppressed else None, justification,
                 fix_due, deploy_due, escalate, ai_tool, ai_model,
                 1 if fixed_at is not None else 0, row_id))
        for (path, fingerprint), (row_id, first_seen, fixed_at, _, _) in existing.items():
            if fixed_at is None and path in scanned_paths and (path, fingerprint) not in current:
                # A clock that ran behind must not fix a finding before it was found.
                db.execute("UPDATE findings SET fixed_at=? WHERE id=?",
                           (max(stamp, first_seen), row_id))
                fixed += 1
        db.execute("INSERT INTO scans (at, files, findings, fixed, source) VALUES (?,?,?,?,?)",
                   (stamp, len(scanned_paths), len(current), fixed, source))
    return ScanUpdate(new=new, seen=seen, fixed=fixed, reopened=reopened,
                      suppressed=suppressed)


def open_paths(store: SqliteStore) -> list[str]:
    """Files with findings still open (not fixed) in the ledger."""
    return [r["path"] for r in store.query(
        "SELECT DISTINCT path FROM findings WHERE fixed_at IS NULL ORDER BY path")]


def entries(store: SqliteStore, since: datetime | None = None) -> list[LedgerEntry]:
    """Every ledger entry (detected on or after `since`, when given)."""
    if since is None:
        rows = store.query("SELECT * FROM findings ORDER BY path, line")
    else:
        rows = store.query("SELECT * FROM findings WHERE first_seen >= ? ORDER BY path, line",
                           (to_text(since),))

    def moment(value: str | None) -> datetime | None:
        return from_text(value) if value else None

    return [LedgerEntry(
        path=r["path"], fingerprint=r["fingerprint"], rule=r["rule"], category=r["category"],
        priority=r["priority"], line=r["line"], message=r["message"], snippet=r["snippet"],
        first_seen=from_text(r["first_seen"]), last_seen=from_text(r["last_seen"]),
        fixed_at=moment(r["fixed_at"]), suppressed_at=moment(r["suppressed_at"]),
        justification=r["justification"], fix_due=from_text(r["fix_due"]),
        deploy_due=moment(r["deploy_due"]), escalate_at=moment(r["escalate_at"]),
        ai_tool=r["ai_tool"], ai_model=r["ai_model"], reopened=r["reopened"]) for r in rows]
