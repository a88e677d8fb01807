"""One sync of a scan into the ledger, in one transaction, the same SQL on both databases.

Keyed by (repository, path, fingerprint): the engine's fingerprint is stable when lines move
but is computed per file, so the path is part of the key (two copies of one vulnerable line in
two files are two findings). Under the repository's lock:

- a finding not in the ledger is inserted (`ON CONFLICT DO NOTHING`: a concurrent runner that
  got there first wins, and nothing is duplicated) with its first episode;
- a finding still open is refreshed; its first-seen time never moves;
- a finding that was fixed and is seen again is reopened: a new episode with a new detection
  time (the SLA clock starts again), the reopen counted;
- an open finding of a file this scan read that the scan no longer reports is fixed, in the
  finding and its episode, with the sync's branch and commit.

Every record carries the sync's repository, team, branch and commit, and every stored text
goes through `scrub`. AI-written ranges the scan saw are upserted into `ai_code`: the first
sync that saw them stays their `first_synced_at` (for the team ledger: when they reached a
deployed branch).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from vigilint.model import Finding, Priority
from vigilint.policy import sla_for
from vigilint.provenance.backends.base import Row, Tx, moment, utc_second
from vigilint.provenance.context import SyncContext
from vigilint.provenance.scrub import scrub, scrub_optional
from vigilint.provenance.store import utcnow


@dataclass(frozen=True)
class ScanUpdate:
    """What one scan changed in the ledger."""

    new: int = 0
    seen: int = 0
    fixed: int = 0
    reopened: int = 0
    suppressed: int = 0
    ai_ranges: int = 0


@dataclass(frozen=True)
class AiRange:
    """AI-written lines a scan saw (as the file is now), from the provenance store."""

    path: str
    start_line: int
    end_line: int
    tool: str
    model: str | None
    accepted_at: datetime
    content_hash: str
    lines: int = 0  # AI-written lines in the range (0: all of start..end)

    @property
    def line_count(self) -> int:
        return self.lines or self.end_line - self.start_line + 1

    @property
    def key(self) -> str:
        text = "\0".join((self.path, self.tool, self.model or "", self.content_hash,
                          utc_second(self.accepted_at).isoformat()))
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def dues(priority: Priority, detected: datetime) -> tuple[datetime, datetime | None,
                                                          datetime | None]:
    sla = sla_for(priority)
    return sla.fix_due(detected), sla.deploy_due(detected), sla.escalate_at(detected)


@dataclass(frozen=True)
class _Item:
    """A finding as the ledger stores it (texts scrubbed, AI source resolved)."""

    path: str
    finding: Finding
    message: str
    snippet: str
    justification: str | None
    ai_tool: str | None
    ai_model: str | None


def _item(path: str, finding: Finding) -> _Item:
    # the one redactor first (a secret finding's snippet carries a secret: every
    # credential-shaped token on it is masked), then the ledger's own scrub
    from vigilint.analyzers.secrets.redaction import redact_finding

    finding = redact_finding(finding)
    tool = finding.provenance.tool if finding.provenance else None
    model = finding.provenance.model if finding.provenance else None
    if finding.provenance is not None and finding.provenance.ai_generated and not tool:
        tool = "unknown AI tool"
    justification = finding.suppression.justification if finding.suppression else None
    return _Item(path=scrub(path), finding=finding, message=scrub(finding.message),
                 snippet=scrub(finding.snippet), justification=scrub_optional(justification),
                 ai_tool=scrub_optional(tool), ai_model=scrub_optional(model))


_INSERT_FINDING = (
    "INSERT INTO findings (repository, path, fingerprint, rule, category, priority, line, "
    "message, snippet, first_seen, last_seen, suppressed_at, justification, fix_due, "
    "deploy_due, escalate_at, ai_tool, ai_model, team, branch, commit_sha) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
    "ON CONFLICT (repository, path, fingerprint) DO NOTHING")
_INSERT_EPISODE = (
    "INSERT INTO finding_episodes (finding_id, repository, team, priority, detected_at, "
    "fix_due, deploy_due, escalate_at, suppressed_at, justification, ai_tool, ai_model, "
    "reopened, branch, commit_sha) "
    "SELECT id, repository, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM findings "
    "WHERE repository = ? AND path = ? AND fingerprint = ?")
_UPDATE_FINDING = (
    "UPDATE findings SET rule=?, category=?, priority=?, line=?, message=?, snippet=?, "
    "first_seen=?, last_seen=?, fixed_at=NULL, suppressed_at=?, justification=?, fix_due=?, "
    "deploy_due=?, escalate_at=?, ai_tool=COALESCE(?, ai_tool), ai_model=COALESCE(?, ai_model), "
    "reopened=reopened + ?, team=?, branch=?, commit_sha=? WHERE id=?")
_UPDATE_EPISODE = (
    "UPDATE finding_episodes SET team=?, priority=?, fix_due=?, deploy_due=?, escalate_at=?, "
    "suppressed_at=?, justification=?, ai_tool=COALESCE(?, ai_tool), "
    "ai_model=COALESCE(?, ai_model) WHERE finding_id=? AND fixed_at IS NULL")
_FIX_FINDING = "UPDATE findings SET fixed_at=?, branch=?, commit_sha=? WHERE id=?"
_FIX_EPISODE = ("UPDATE finding_episodes SET fixed_at=?, fixed_branch=?, fixed_commit=? "
                "WHERE finding_id=? AND fixed_at IS NULL")
_UPSERT_AI = (
    "INSERT INTO ai_code (repository, record_key, path, start_line, end_line, lines, tool, "
    "model, accepted_at, content_hash, first_synced_at, last_synced_at, team, branch, "
    "commit_sha) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
    "ON CONFLICT (repository, record_key) DO UPDATE SET start_line=excluded.start_line, "
    "end_line=excluded.end_line, lines=excluded.lines, last_synced_at=excluded.last_synced_at, "
    "team=excluded.team, branch=excluded.branch, commit_sha=excluded.commit_sha")
_INSERT_SCAN = ("INSERT INTO scans (at, files, findings, fixed, source, repository, team, branch, "
                "commit_sha, new, reopened) VALUES (?,?,?,?,?,?,?,?,?,?,?)")


def record(tx: Tx, ctx: SyncContext, findings: Sequence[tuple[str, Finding]],
           scanned: Iterable[str], ai_ranges: Sequence[AiRange] = (),
           now: datetime | None = None) -> ScanUpdate:
    """Record one scan (see the module docstring). `findings` are (path, finding) pairs with
    the paths as the ledger keeps them (repository-relative), suppressed ones included;
    `scanned` the paths of every file the scan read: only their missing findings are fixed."""
    stamp = utc_second(now or utcnow())
    repo = scrub(ctx.repository)
    team, branch, commit = (scrub_optional(ctx.team), scrub_optional(ctx.branch),
                            scrub_optional(ctx.commit))
    scanned_paths = {scrub(p) for p in scanned}
    current: dict[tuple[str, str], _Item] = {}
    for path, finding in findings:
        item = _item(path, finding)
        current.setdefault((item.path, finding.fingerprint), item)
    tx.lock(repo)
    existing: dict[tuple[str, str], Row] = {
        (r["path"], r["fingerprint"]): r for r in tx.fetch(
            "SELECT id, path, fingerprint, first_seen, last_seen, fixed_at, suppressed_at "
            "FROM findings WHERE repository = ?", [repo])}
    new_rows: list[list[Any]] = []
    new_episodes: list[list[Any]] = []
    updates: list[list[Any]] = []
    episode_updates: list[list[Any]] = []
    reopen_episodes: list[list[Any]] = []
    counts = {"new": 0, "seen": 0, "reopened": 0, "suppressed": 0}
    for key in sorted(current):  # one order for every runner: no lock-order surprises
        item, finding = current[key], current[key].finding
        suppressed_now = stamp if finding.suppressed else None
        counts["suppressed"] += int(finding.suppressed)
        row = existing.get(key)
        if row is None:
            fix_due, deploy_due, escalate = dues(finding.priority, stamp)
            new_rows.append([repo, item.path, finding.fingerprint, finding.rule,
                             finding.category, finding.priority, finding.line, item.message,
                             item.snippet, stamp, stamp, suppressed_now, item.justification,
                             fix_due, deploy_due, escalate, item.ai_tool, item.ai_model, team,
                             branch, commit])
            new_episodes.append([team, finding.priority, stamp, fix_due, deploy_due, escalate,
                                 suppressed_now, item.justification, item.ai_tool,
                                 item.ai_model, 0, branch, commit, repo, item.path,
                                 finding.fingerprint])
            counts["new"] += 1
            continue
        reopening = row["fixed_at"] is not None
        first_seen = stamp if reopening else moment(row["first_seen"])
        counts["reopened" if reopening else "seen"] += 1
        fix_due, deploy_due, escalate = dues(finding.priority, first_seen)
        was_suppressed = None if reopening or row["suppressed_at"] is None \
            else moment(row["suppressed_at"])
        suppressed_at = (was_suppressed or stamp) if finding.suppressed else None
        last_seen = max(moment(row["last_seen"]), stamp)
        updates.append([finding.rule, finding.category, finding.priority, finding.line,
                        item.message, item.snippet, first_seen, last_seen, suppressed_at,
                        item.justification, fix_due, deploy_due, escalate, item.ai_tool,
                        item.ai_model, int(reopening), team, branch, commit, row["id"]])
        if reopening:
            reopen_episodes.append([team, finding.priority, stamp, fix_due, deploy_due,
                                    escalate, suppressed_at, item.justification, item.ai_tool,
                                    item.ai_model, 1, branch, commit, repo, item.path,
                                    finding.fingerprint])
        else:
            episode_updates.append([team, finding.priority, fix_due, deploy_due, escalate,
                                    suppressed_at, item.justification, item.ai_tool,
                                    item.ai_model, row["id"]])
    fixes: list[tuple[int, datetime]] = []
    for key, row in sorted(existing.items()):
        if row["fixed_at"] is None and key[0] in scanned_paths and key not in current:
            # A clock that ran behind must not fix a finding before it was found.
            fixes.append((row["id"], max(stamp, moment(row["first_seen"]))))
    tx.executemany(_INSERT_FINDING, new_rows)
    tx.executemany(_INSERT_EPISODE, new_episodes)
    tx.executemany(_UPDATE_FINDING, updates)
    tx.executemany(_UPDATE_EPISODE, episode_updates)
    tx.executemany(_INSERT_EPISODE, reopen_episodes)
    tx.executemany(_FIX_FINDING, ([at, branch, commit, rid] for rid, at in fixes))
    tx.executemany(_FIX_EPISODE, ([at, branch, commit, rid] for rid, at in fixes))
    tx.executemany(_UPSERT_AI, (
        [repo, r.key, scrub(r.path), r.start_line, r.end_line, r.line_count,
         scrub(r.tool), scrub_optional(r.model), utc_second(r.accepted_at), r.content_hash,
         stamp, stamp, team, branch, commit] for r in ai_ranges))
    tx.execute(_INSERT_SCAN, [stamp, len(scanned_paths), len(current), len(fixes), ctx.source,
                              repo, team, branch, commit, counts["new"], counts["reopened"]])
    return ScanUpdate(new=counts["new"], seen=counts["seen"], fixed=len(fixes),
                      reopened=counts["reopened"], suppressed=counts["suppressed"],
                      ai_ranges=len(ai_ranges))
