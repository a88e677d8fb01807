"""The enhanced-monitoring watch list: AI-written code deployed in the last N days (30 by the
seed) with the findings in it, for alerting tools.

"Deployed" is when a ledger sync first saw the code: the team ledger records only syncs of the
branches it follows (`[tool.vigilint.ledger] branches`, main and master by default), so that
is when the code reached a deployed branch. A finding belongs to the code when it is in the
same repository and file, inside the lines the code covers as of the last sync, and not fixed.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from vigilint.provenance.ledger import AiCode, Ledger, LedgerEntry, source_name
from vigilint.provenance.store import to_text
from vigilint.report.text import printable_lines

WINDOW_DAYS = 30


@dataclass(frozen=True)
class WatchItem:
    code: AiCode
    findings: list[LedgerEntry]
    monitor_until: datetime


def recent(ledger: Ledger, now: datetime, days: int = WINDOW_DAYS, *, team: str | None = None,
           repository: str | None = None) -> list[WatchItem]:
    code = ledger.ai_code(synced_since=now - timedelta(days=days), team=team,
                          repository=repository)
    by_file: dict[tuple[str, str], list[LedgerEntry]] = defaultdict(list)
    for entry in ledger.entries(repository=repository):
        if entry.fixed_at is None:
            by_file[(entry.repository, entry.path)].append(entry)
    return [WatchItem(code=c, monitor_until=c.first_synced_at + timedelta(days=days),
                      findings=[e for e in by_file[(c.repository, c.path)]
                                if c.start_line <= e.line <= c.end_line])
            for c in code]


def _finding(e: LedgerEntry, now: datetime) -> dict[str, Any]:
    return {"rule": e.rule, "priority": e.priority, "line": e.line, "message": e.message,
            "first_seen": to_text(e.first_seen), "fix_due": to_text(e.fix_due),
            "overdue": e.suppressed_at is None and now >= e.fix_due,
            "suppressed": e.suppressed_at is not None, "justification": e.justification,
            "fingerprint": e.fingerprint}


def render_json(items: list[WatchItem], now: datetime, days: int) -> str:
    doc = {
        "generated_at": to_text(now), "days": days, "since": to_text(now - timedelta(days=days)),
        "summary": {"ranges": len(items),
                    "with_findings": sum(1 for i in items if i.findings),
                    "findings": sum(len(i.findings) for i in items)},
        "items": [{
            "repository": i.code.repository, "team": i.code.team, "branch": i.code.branch,
            "commit": i.code.commit, "path": i.code.path, "start_line": i.code.start_line,
            "end_line": i.code.end_line, "lines": i.code.lines, "tool": i.code.tool,
            "model": i.code.model, "accepted_at": to_text(i.code.accepted_at),
            "deployed_at": to_text(i.code.first_synced_at),
            "monitor_until": to_text(i.monitor_until),
            "findings": [_finding(e, now) for e in i.findings]} for i in items],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def render_text(items: list[WatchItem], now: datetime, days: int) -> str:
    flagged = sum(1 for i in items if i.findings)
    out = [f"AI-written code deployed in the last {days} days: {len(items)} range"
           f"{'s' if len(items) != 1 else ''}, {flagged} with findings."]
    for i in items:
        c = i.code
        out.append(f"  {c.repository} {c.path}:{c.start_line}-{c.end_line} "
                   f"{source_name(c.tool, c.model)}, deployed {to_text(c.first_synced_at)}, "
                   f"watch until {to_text(i.monitor_until)}")
        out += [f"    [{e.priority}] line {e.line} {e.rule}: {e.message}" for e in i.findings]
    return printable_lines(out)
