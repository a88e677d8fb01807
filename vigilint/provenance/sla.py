"""SLA tracking over the findings ledger: open findings with their due times, overdue ones
first, and compliance (fixed within the SLA / all that have come due) per priority and per
generation source (the AI tool and model that wrote the code, or "human").

A finding has come due when it was fixed, or when it is still open past its fix-due time;
open findings not yet due and suppressed findings don't count. Compliance under the seed's
90% threshold is flagged. Durations never go negative: a detection time "in the future"
(another machine's clock) counts as now.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from vigilint.model import PRIORITIES
from vigilint.policy import sla_for
from vigilint.provenance.ledger import Ledger, LedgerEntry, as_ledger
from vigilint.provenance.store import SqliteStore, to_text, utcnow
from vigilint.report.text import printable_lines

THRESHOLD = 90.0


def nonnegative(delta: timedelta) -> timedelta:
    return max(delta, timedelta(0))


def human_duration(delta: timedelta) -> str:
    seconds = int(nonnegative(delta).total_seconds())
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes = rest // 60
    if days:
        return f"{days}d {hours}h"
    if hours:
        return f"{hours}h {minutes}m"
    return f"{minutes}m"


def escalation_state(entry: LedgerEntry, now: datetime) -> tuple[str, bool]:
    """(what the escalation says, whether it has escalated) for an open finding."""
    sla = sla_for(entry.priority)
    if sla.review:
        return f"{sla.review} review", False
    if entry.escalate_at is None:
        return sla.escalation_text, False
    if entry.priority == "P0":
        return "escalated at detection", True
    if now >= entry.escalate_at:
        return f"escalated at {to_text(entry.escalate_at)}", True
    return f"escalates at {to_text(entry.escalate_at)}", False


@dataclass(frozen=True)
class OpenItem:
    entry: LedgerEntry
    overdue: bool
    overdue_by: timedelta
    time_left: timedelta
    escalation: str
    escalated: bool
    age: timedelta


@dataclass
class Compliance:
    due: int = 0
    within: int = 0

    @property
    def percent(self) -> float | None:
        return None if self.due == 0 else round(100.0 * self.within / self.due, 1)

    @property
    def below_threshold(self) -> bool:
        return self.percent is not None and self.percent < THRESHOLD

    def as_dict(self) -> dict[str, Any]:
        return {"due": self.due, "within_sla": self.within, "percent": self.percent,
                "below_threshold": self.below_threshold}


@dataclass
class SlaReport:
    now: datetime
    since: datetime | None
    open: list[OpenItem]
    by_priority: dict[str, Compliance]
    by_source: dict[str, Compliance]
    overall: Compliance
    fixed: int = 0
    suppressed: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def overdue(self) -> list[OpenItem]:
        return [i for i in self.open if i.overdue]


def build(store: SqliteStore | Ledger, now: datetime | None = None,
          since: datetime | None = None, team: str | None = None) -> SlaReport:
    moment = now or utcnow()
    items: list[OpenItem] = []
    by_priority: dict[str, Compliance] = {p: Compliance() for p in PRIORITIES}
    by_source: dict[str, Compliance] = defaultdict(Compliance)
    overall = Compliance()
    fixed = suppressed = 0
    for entry in as_ledger(store).entries(since, team=team):
        if entry.suppressed_at is not None and entry.fixed_at is None:
            suppressed += 1
            continue
        if entry.fixed_at is not None:
            fixed += 1
            came_due, within = True, entry.fixed_at <= entry.fix_due
        else:
            came_due, within = moment >= entry.fix_due, False
            escalation, escalated = escalation_state(entry, moment)
            items.append(OpenItem(
                entry=entry, overdue=came_due, overdue_by=nonnegative(moment - entry.fix_due),
                time_left=nonnegative(entry.fix_due - moment), escalation=escalation,
                escalated=escalated, age=nonnegative(moment - entry.first_seen)))
        if came_due:
            for bucket in (by_priority[entry.priority], by_source[entry.source], overall):
                bucket.due += 1
                bucket.within += int(within)
    items.sort(key=lambda i: (not i.overdue, -i.overdue_by.total_seconds(),
                              i.entry.fix_due, i.entry.priority, i.entry.path, i.entry.line))
    return SlaReport(now=moment, since=since, open=items, by_priority=by_priority,
                     by_source=dict(sorted(by_source.items())), overall=overall, fixed=fixed,
                     suppressed=suppressed)


# -- rendering ------------------------------------------------------------------------------
def _item_dict(item: OpenItem) -> dict[str, Any]:
    e = item.entry
    return {
        "path": e.path, "line": e.line, "rule": e.rule, "priority": e.priority,
        "category": e.category, "message": e.message, "fingerprint": e.fingerprint,
        "first_seen": to_text(e.first_seen), "last_seen": to_text(e.last_seen),
        "fix_due": to_text(e.fix_due),
        "deploy_due": to_text(e.deploy_due) if e.deploy_due else None,
        "escalate_at": to_text(e.escalate_at) if e.escalate_at else None,
        "escalation": item.escalation, "escalated": item.escalated,
        "overdue": item.overdue, "overdue_by_seconds": int(item.overdue_by.total_seconds()),
        "time_left_seconds": int(item.time_left.total_seconds()),
        "source": "human" if not e.ai_tool else "ai", "ai_tool": e.ai_tool,
        "ai_model": e.ai_model, "reopened": e.reopened,
    }


def render_json(report: SlaReport) -> str:
    doc = {
        "generated_at": to_text(report.now),
        "since": to_text(report.since) if report.since else None,
        "threshold_percent": THRESHOLD,
        "summary": {"open": len(report.open), "overdue": len(report.overdue),
                    "fixed": report.fixed, "suppressed": report.suppressed},
        "open": [_item_dict(i) for i in report.open],
        "compliance": {
            "overall": report.overall.as_dict(),
            "by_priority": {p: c.as_dict() for p, c in report.by_priority.items()},
            "by_source": {s: c.as_dict() for s, c in report.by_source.items()},
        },
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def _percent(c: Compliance) -> str:
    if c.percent is None:
        return "n/a (nothing due yet)"
    flag = f"  BELOW {THRESHOLD:g}%" if c.below_threshold else ""
    return f"{c.percent:g}% ({c.within}/{c.due}){flag}"


def _due_text(item: OpenItem) -> str:
    if item.overdue:
        return f"OVERDUE by {human_duration(item.overdue_by)}"
    return f"due in {human_duration(item.time_left)}"


def _deploy_text(entry: LedgerEntry) -> str:
    return to_text(entry.deploy_due) if entry.deploy_due else "with the next release"


def _source_text(entry: LedgerEntry) -> str:
    return "human" if not entry.ai_tool else f"AI: {entry.source}"


def render_text(report: SlaReport) -> str:
    lines = [f"SLA report at {to_text(report.now)}"
             + (f" (findings detected since {to_text(report.since)})" if report.since else "")]
    lines.append(f"{len(report.open)} open ({len(report.overdue)} overdue), {report.fixed} "
                 f"fixed, {report.suppressed} suppressed with justification.")
    if report.open:
        lines.append("")
        lines.append("Open findings, overdue first:")
        for item in report.open:
            e = item.entry
            lines.append(f"  [{e.priority}] {e.path}:{e.line} {e.rule} — {_due_text(item)} "
                         f"(fix due {to_text(e.fix_due)}; deploy due {_deploy_text(e)}; "
                         f"{item.escalation}; {_source_text(e)})")
    lines.append("")
    lines.append(f"Compliance (fixed within SLA / all due; threshold {THRESHOLD:g}%):")
    lines.append(f"  overall: {_percent(report.overall)}")
    for priority, c in report.by_priority.items():
        lines.append(f"  {priority}: {_percent(c)}")
    if report.by_source:
        lines.append("By generation source:")
        for source, c in report.by_source.items():
            lines.append(f"  {source}: {_percent(c)}")
    return printable_lines(lines)


def render_markdown(report: SlaReport) -> str:
    out = [f"# vigilint SLA report — {to_text(report.now)}", ""]
    if report.since:
        out += [f"Findings detected since {to_text(report.since)}.", ""]
    out += [f"**{len(report.open)} open** ({len(report.overdue)} overdue), {report.fixed} "
            f"fixed, {report.suppressed} suppressed with justification.", ""]
    if report.open:
        out += ["## Open findings", "",
                "| Priority | Location | Rule | Due | Fix due | Deploy due | Escalation | Source |",
                "|---|---|---|---|---|---|---|---|"]
        for item in report.open:
            e = item.entry
            out.append(f"| {e.priority} | `{e.path}:{e.line}` | {e.rule} | {_due_text(item)} "
                       f"| {to_text(e.fix_due)} | {_deploy_text(e)} | {item.escalation} "
                       f"| {_source_text(e)} |")
        out.append("")
    out += ["## Compliance", "", f"Fixed within SLA / all due; threshold {THRESHOLD:g}%.", "",
            "| Group | Compliance |", "|---|---|",
            f"| overall | {_percent(report.overall)} |"]
    out += [f"| {p} | {_percent(c)} |" for p, c in report.by_priority.items()]
    out += [f"| {s} | {_percent(c)} |" for s, c in report.by_source.items()]
    return printable_lines(out)


RENDERERS = {"text": render_text, "json": render_json, "markdown": render_markdown}
