"""The findings ledger: every finding scans and syncs saw, by repository, path and fingerprint,
with its remediation clock; one interface over SQLite (default) and PostgreSQL (teams).

`Ledger(database)` is that interface: `sync` records a scan (see `recorder`), `entries`,
`episodes` and `ai_code` read it back. A finding absent from a later scan of its file is fixed
then; one that comes back is reopened with a fresh detection time (a new episode). Only files
that were actually scanned can fix findings: a scan of `src/a.py` says nothing about
`src/b.py`.

Due times come from the SLA table in `vigilint.policy` and start at detection: fix and deploy
due, and the escalation time (P0 at detection, P1 after 12 h, P2 after 5 days; P3 and P4 go
to the monthly and quarterly reviews).

`record_scan(store, ...)`, `entries(store, ...)` and `open_paths(store)` keep working on a
workspace `SqliteStore` (repository "" unless a context is given).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from vigilint.model import Finding, Priority
from vigilint.provenance.backends.base import Database, Row, maybe_moment, moment
from vigilint.provenance.backends.sqlite import SqliteDatabase
from vigilint.provenance.context import SyncContext
from vigilint.provenance.recorder import AiRange, ScanUpdate, record
from vigilint.provenance.store import SqliteStore

__all__ = ["AiCode", "AiRange", "Episode", "Ledger", "LedgerEntry", "ScanUpdate", "entries",
           "open_paths", "record_scan"]


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
    repository: str = ""
    team: str | None = None
    branch: str | None = None
    commit: str | None = None

    @property
    def open(self) -> bool:
        return self.fixed_at is None and self.suppressed_at is None

    @property
    def source(self) -> str:
        """"human", or the AI tool (and model) that wrote the code."""
        return source_name(self.ai_tool, self.ai_model)


def source_name(tool: str | None, model: str | None) -> str:
    if not tool:
        return "human"
    return f"{tool}/{model}" if model else tool


@dataclass(frozen=True)
class Episode:
    """One detection-to-fix period of a finding (a reopened finding has several)."""

    finding_id: int
    repository: str
    path: str
    rule: str
    line: int
    message: str
    team: str | None
    priority: Priority
    detected_at: datetime
    fix_due: datetime
    escalate_at: datetime | None
    fixed_at: datetime | None
    suppressed_at: datetime | None
    justification: str | None
    ai_tool: str | None
    ai_model: str | None
    reopened: bool
    branch: str | None
    commit: str | None


@dataclass(frozen=True)
class AiCode:
    """AI-written lines a sync saw: where they are now and when they first reached the ledger."""

    repository: str
    path: str
    start_line: int
    end_line: int
    lines: int
    tool: str
    model: str | None
    accepted_at: datetime
    first_synced_at: datetime
    last_synced_at: datetime
    team: str | None
    branch: str | None
    commit: str | None


def _entry(r: Row) -> LedgerEntry:
    return LedgerEntry(
        path=r["path"], fingerprint=r["fingerprint"], rule=r["rule"], category=r["category"],
        priority=r["priority"], line=r["line"], message=r["message"], snippet=r["snippet"],
        first_seen=moment(r["first_seen"]), last_seen=moment(r["last_seen"]),
        fixed_at=maybe_moment(r["fixed_at"]), suppressed_at=maybe_moment(r["suppressed_at"]),
        justification=r["justification"], fix_due=moment(r["fix_due"]),
        deploy_due=maybe_moment(r["deploy_due"]), escalate_at=maybe_moment(r["escalate_at"]),
        ai_tool=r["ai_tool"], ai_model=r["ai_model"], reopened=r["reopened"],
        repository=r["repository"], team=r["team"], branch=r["branch"], commit=r["commit_sha"])


def _select(db: Database, head: str, filters: Sequence[tuple[str, Any]],
            tail: str = "") -> list[Row]:
    """`head` + a WHERE of the filters whose value is not None + `tail`. The clauses are this
    module's constants; values are always bound parameters (a clause with several `?` takes
    its value once per placeholder)."""
    used = [(clause, value) for clause, value in filters if value is not None]
    where = " WHERE " + " AND ".join(c for c, _ in used) if used else ""
    params = [value for clause, value in used for _ in range(clause.count("?"))]
    return db.query(head + where + tail, params)


class Ledger:
    """The findings ledger over one database (see the module docstring)."""

    def __init__(self, database: Database) -> None:
        self.db = database

    @property
    def where(self) -> str:
        return self.db.where

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def sync(self, ctx: SyncContext, findings: Sequence[tuple[str, Finding]],
             scanned: Iterable[str], ai_ranges: Sequence[AiRange] = (),
             now: datetime | None = None) -> ScanUpdate:
        paths = list(scanned)
        return self.db.write(lambda tx: record(tx, ctx, findings, paths, ai_ranges, now))

    def adopt(self, repository: str) -> int:
        """Give the findings a workspace ledger kept before repositories were recorded (stored
        with repository "") to `repository`. Returns how many."""
        def work(tx: Any) -> int:
            before = tx.fetch("SELECT COUNT(*) AS n FROM findings WHERE repository = ''")
            if not before[0]["n"]:
                return 0
            tx.execute("UPDATE findings SET repository = ? WHERE repository = ''", [repository])
            tx.execute("UPDATE finding_episodes SET repository = ? WHERE repository = ''",
                       [repository])
            return int(before[0]["n"])

        return int(self.db.write(work))

    def entries(self, since: datetime | None = None, *, repository: str | None = None,
                team: str | None = None) -> list[LedgerEntry]:
        """Ledger entries (detected on or after `since`, of one repository or team)."""
        rows = _select(self.db, "SELECT * FROM findings",
                       [("first_seen >= ?", since), ("repository = ?", repository),
                        ("team = ?", team)], " ORDER BY repository, path, line, fingerprint")
        return [_entry(r) for r in rows]

    def open_paths(self, repository: str | None = None) -> list[str]:
        """Files with findings still open (not fixed)."""
        rows = _select(self.db, "SELECT DISTINCT path FROM findings",
                       [("fixed_at IS NULL", True), ("repository = ?", repository)],
                       " ORDER BY path")
        return [r["path"] for r in rows]

    def episodes(self, before: datetime, relevant_since: datetime, *,
                 team: str | None = None) -> list[Episode]:
        """Episodes detected before `before` that may matter on or after `relevant_since`:
        still open, fixed since then, or due since then."""
        rows = _select(
            self.db, "SELECT e.*, f.path, f.rule, f.line, f.message FROM finding_episodes e "
            "JOIN findings f ON f.id = e.finding_id",
            [("e.detected_at < ?", before),
             ("(e.fixed_at IS NULL OR e.fixed_at >= ? OR e.fix_due >= ?)", relevant_since),
             ("e.team = ?", team)], " ORDER BY e.detected_at, e.id")
        return [Episode(
            finding_id=r["finding_id"], repository=r["repository"], path=r["path"],
            rule=r["rule"], line=r["line"], message=r["message"], team=r["team"],
            priority=r["priority"], detected_at=moment(r["detected_at"]),
            fix_due=moment(r["fix_due"]), escalate_at=maybe_moment(r["escalate_at"]),
            fixed_at=maybe_moment(r["fixed_at"]), suppressed_at=maybe_moment(r["suppressed_at"]),
            justification=r["justification"], ai_tool=r["ai_tool"], ai_model=r["ai_model"],
            reopened=bool(r["reopened"]), branch=r["branch"], commit=r["commit_sha"])
            for r in rows]

    def ai_code(self, *, synced_since: datetime | None = None,
                accepted_since: datetime | None = None, accepted_before: datetime | None = None,
                team: str | None = None, repository: str | None = None) -> list[AiCode]:
        rows = _select(self.db, "SELECT * FROM ai_code",
                       [("first_synced_at >= ?", synced_since),
                        ("accepted_at >= ?", accepted_since),
                        ("accepted_at < ?", accepted_before), ("team = ?", team),
                        ("repository = ?", repository)],
                       " ORDER BY first_synced_at DESC, repository, path, start_line")
        return [AiCode(repository=r["repository"], path=r["path"], start_line=r["start_line"],
                       end_line=r["end_line"], lines=r["lines"], tool=r["tool"],
                       model=r["model"],
                       accepted_at=moment(r["accepted_at"]),
                       first_synced_at=moment(r["first_synced_at"]),
                       last_synced_at=moment(r["last_synced_at"]), team=r["team"],
                       branch=r["branch"], commit=r["commit_sha"]) for r in rows]


def as_ledger(store: SqliteStore | Ledger) -> Ledger:
    return store if isinstance(store, Ledger) else Ledger(SqliteDatabase(store))


def record_scan(store: SqliteStore | Ledger, findings: Sequence[tuple[str, Finding]],
                scanned: Iterable[str], now: datetime | None = None, source: str = "cli",
                context: SyncContext | None = None) -> ScanUpdate:
    """Record one scan: `findings` as (path, finding) pairs, including suppressed ones;
    `scanned` the paths of every file the scan read (only their missing findings count as
    fixed)."""
    ctx = context or SyncContext(source=source)
    return as_ledger(store).sync(ctx, findings, scanned, now=now)


def open_paths(store: SqliteStore | Ledger, repository: str | None = None) -> list[str]:
    return as_ledger(store).open_paths(repository)


def entries(store: SqliteStore | Ledger, since: datetime | None = None) -> list[LedgerEntry]:
    """Every ledger entry (detected on or after `since`, when given)."""
    return as_ledger(store).entries(since)
