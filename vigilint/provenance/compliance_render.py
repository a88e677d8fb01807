"""The monthly SLA report as text, JSON and CSV (HTML: `vigilint.provenance.sla_html`).

JSON is the complete model (`report_dict`); every other format renders from it, so they can't
disagree. CSV has one row per group (all teams, each team, each repository) with this month's
figures, the three-month compliance trend and the actions; the escalations, suppressed
findings and the AI/human split are in JSON, text and HTML.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from vigilint.provenance.compliance import (
    THRESHOLD,
    AiSplit,
    Escalation,
    Figures,
    Group,
    MonthlyReport,
)
from vigilint.provenance.ledger import Episode, source_name
from vigilint.provenance.store import to_text
from vigilint.report.text import printable_lines


def figures_dict(f: Figures) -> dict[str, Any]:
    return {"detected": f.detected, "fixed_within_sla": f.within, "breached": f.breached,
            "open_past_due": f.open_past_due, "suppressed": f.suppressed,
            "compliance_percent": f.percent, "below_threshold": f.below}


def group_dict(g: Group, key: str) -> dict[str, Any]:
    return {key: g.name, **figures_dict(g.figures),
            "trend": [{"month": str(m), "compliance_percent": f.percent,
                       "below_threshold": f.below} for m, f in g.trend],
            "actions": g.actions}


def _episode_dict(e: Episode) -> dict[str, Any]:
    return {"repository": e.repository, "team": e.team, "path": e.path, "line": e.line,
            "rule": e.rule, "priority": e.priority, "detected_at": to_text(e.detected_at),
            "fix_due": to_text(e.fix_due),
            "fixed_at": to_text(e.fixed_at) if e.fixed_at else None,
            "source": source_name(e.ai_tool, e.ai_model)}


def _escalation_dict(x: Escalation) -> dict[str, Any]:
    return {**_episode_dict(x.episode), "escalated_at": to_text(x.escalated_at),
            "state": x.state}


def _ai_dict(ai: AiSplit) -> dict[str, Any]:
    return {"ai_findings": ai.ai_findings, "human_findings": ai.human_findings,
            "accepted_ai_lines": ai.accepted_lines,
            "ai_findings_per_1000_lines": ai.ai_per_1000_lines,
            "by_tool": [{"tool": s.tool, "model": s.model, "accepted_lines": s.accepted_lines,
                         "findings": s.findings, "findings_per_1000_lines": s.per_1000_lines}
                        for s in ai.by_source]}


def report_dict(r: MonthlyReport) -> dict[str, Any]:
    return {
        "month": str(r.month), "period": {"start": to_text(r.month.start),
                                          "end": to_text(r.month.end)},
        "as_of": to_text(r.cutoff), "generated_at": to_text(r.generated_at),
        "team_filter": r.team_filter, "threshold_percent": THRESHOLD,
        "total": group_dict(r.total, "scope"),
        "teams": [{**group_dict(t.group, "team"),
                   "repositories": [group_dict(g, "repository") for g in t.repositories]}
                  for t in r.teams],
        "escalations": [_escalation_dict(x) for x in r.escalations],
        "suppressed": [{**_episode_dict(e), "justification": e.justification}
                       for e in r.suppressed],
        "ai_vs_human": _ai_dict(r.ai),
    }


def render_json(r: MonthlyReport) -> str:
    return json.dumps(report_dict(r), indent=2, ensure_ascii=False) + "\n"


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:g}%"


def _line(label: str, g: dict[str, Any], indent: str) -> str:
    trend = " → ".join(_pct(t["compliance_percent"]) for t in g["trend"])
    actions = f"  ⚠ {'; '.join(g['actions']).upper()}" if g["actions"] else ""
    return (f"{indent}{label}: {_pct(g['compliance_percent'])} compliance "
            f"({g['fixed_within_sla']} fixed within SLA, {g['breached']} breached); "
            f"{g['detected']} detected, {g['open_past_due']} open past due, "
            f"{g['suppressed']} suppressed; trend {trend}{actions}")


def render_text(r: MonthlyReport) -> str:
    doc = report_dict(r)
    out = [f"SLA compliance for {doc['month']} (UTC, as of {doc['as_of']})"
           + (f", team {r.team_filter}" if r.team_filter else ""),
           f"Threshold {THRESHOLD:g}%: below it a remediation plan is required within one "
           "sprint; three months in a row, a review of AI tool access.", "",
           _line("All teams" if not r.team_filter else r.team_filter, doc["total"], "")]
    for team in doc["teams"]:
        out.append(_line(f"Team {team['team']}", team, "  "))
        out += [_line(repo["repository"], repo, "    ") for repo in team["repositories"]]
    out += ["", f"P0/P1 escalations due this month: {len(doc['escalations'])}"]
    out += [f"  [{x['priority']}] {x['repository']} {x['path']}:{x['line']} {x['rule']} — "
            f"escalated {x['escalated_at']}, {x['state']} ({x['source']})"
            for x in doc["escalations"]]
    if doc["suppressed"]:
        out += ["", "Suppressed with justification (shown, not counted as breaches):"]
        out += [f"  [{s['priority']}] {s['repository']} {s['path']}:{s['line']} {s['rule']} — "
                f"{s['justification']}" for s in doc["suppressed"]]
    ai = doc["ai_vs_human"]
    out += ["", f"AI-written vs human code: {ai['ai_findings']} findings in AI-written code "
            f"({ai['accepted_ai_lines']} AI lines accepted; "
            f"{_rate(ai['ai_findings_per_1000_lines'])}), {ai['human_findings']} in "
            "human-written code."]
    out += [f"  {source_name(s['tool'], s['model'])}: {_count(s['findings'], 'finding')} in "
            f"{s['accepted_lines']} accepted lines ({_rate(s['findings_per_1000_lines'])})"
            for s in ai["by_tool"]]
    return printable_lines(out)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _rate(value: float | None) -> str:
    return "no lines accepted" if value is None else f"{value:g} per 1,000 lines"


def _cell(value: Any) -> Any:
    """A text cell a spreadsheet would read as a formula gets a leading quote."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


CSV_COLUMNS = ("month", "level", "team", "repository", "detected", "fixed_within_sla",
               "breached", "open_past_due", "suppressed", "compliance_percent", "trend",
               "actions")


def render_csv(r: MonthlyReport) -> str:
    doc = report_dict(r)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)

    def row(level: str, team: str, repository: str, g: dict[str, Any]) -> None:
        trend = " ".join(f"{t['month']}={_pct(t['compliance_percent'])}" for t in g["trend"])
        writer.writerow([_cell(v) for v in (
            doc["month"], level, team, repository, g["detected"], g["fixed_within_sla"],
            g["breached"], g["open_past_due"], g["suppressed"],
            "" if g["compliance_percent"] is None else g["compliance_percent"], trend,
            "; ".join(g["actions"]))])

    row("total", r.team_filter or "", "", doc["total"])
    for team in doc["teams"]:
        row("team", team["team"], "", team)
        for repo in team["repositories"]:
            row("repository", team["team"], repo["repository"], repo)
    return buffer.getvalue()
