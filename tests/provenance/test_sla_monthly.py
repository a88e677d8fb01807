"""The monthly SLA report on both databases: month boundaries in UTC, the 90 % rule over three
months, P0/P1 escalations, fixed-then-reintroduced findings, suppressed findings shown but not
counted, and the AI vs human split per 1,000 accepted lines."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from provhelpers import finding

from vigilint.provenance import compliance, compliance_render
from vigilint.provenance.compliance import ACCESS_REVIEW, REMEDIATION, Month
from vigilint.provenance.context import SyncContext
from vigilint.provenance.ledger import Ledger
from vigilint.provenance.recorder import AiRange

SHOP = SyncContext(repository="example.com/acme/shop", branch="main", team="payments")
WEB = SyncContext(repository="example.com/acme/web", branch="main", team="web")
NOV = Month(2026, 11)


def at(day: int, hour: int = 12, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


def test_months_are_utc_calendar_months() -> None:
    assert Month.parse("2026-11").start == datetime(2026, 11, 1, tzinfo=UTC)
    assert Month.parse("2026-12").end == datetime(2027, 1, 1, tzinfo=UTC)
    assert Month.parse("2026-01").shift(-2) == Month(2025, 11)
    tokyo = timezone(timedelta(hours=9))
    assert Month.of(datetime(2026, 12, 1, 8, 59, tzinfo=tokyo)) == NOV  # 23:59 UTC Nov 30
    for bad in ("2026-13", "26-11", "November"):
        with pytest.raises(ValueError):
            Month.parse(bad)


def test_month_boundaries_decide_where_a_finding_counts(ledger: Ledger) -> None:
    last_second_of_october = datetime(2026, 10, 31, 23, 59, 59, tzinfo=UTC)
    ledger.sync(SHOP, [("a.py", finding("oct", "a.py"))], ["a.py"], now=last_second_of_october)
    # detected 2026-12-01 02:00 in UTC+05:00, i.e. 2026-11-30 21:00 UTC: November
    east = timezone(timedelta(hours=5))
    ledger.sync(SHOP, [("b.py", finding("nov", "b.py"))], ["b.py"],
                now=datetime(2026, 12, 1, 2, 0, tzinfo=east))
    report = compliance.build(ledger, NOV, now=at(15, month=12))
    assert report.total.figures.detected == 1
    october = compliance.build(ledger, Month(2026, 10), now=at(15, month=12))
    assert october.total.figures.detected == 1
    # the October P1 came due 2026-11-01 23:59:59 unfixed: a November breach, not October's
    assert (october.total.figures.breached, report.total.figures.breached) == (0, 1)


def test_fixed_within_sla_breached_and_open_past_due(ledger: Ledger) -> None:
    p1 = finding("p1", "a.py", priority="P1")
    late = finding("late", "a.py", priority="P1", line=7)
    old = finding("old", "c.py", priority="P0")
    ledger.sync(SHOP, [("c.py", old)], ["c.py"], now=at(20, month=10))  # open since October
    ledger.sync(SHOP, [("a.py", p1), ("a.py", late)], ["a.py"], now=at(3))
    ledger.sync(SHOP, [("a.py", late)], ["a.py"], now=at(3, 20))  # p1 fixed within 24 h
    ledger.sync(SHOP, [], ["a.py"], now=at(6))  # late fixed after 3 days
    figures = compliance.build(ledger, NOV, now=at(10, month=12)).total.figures
    assert (figures.detected, figures.within, figures.breached) == (2, 1, 1)
    assert figures.open_past_due == 1  # the October P0, still open at November's end
    assert figures.percent == 50.0 and figures.below


def test_three_months_below_90_percent_ask_for_a_review_of_ai_tool_access(
        ledger: Ledger) -> None:
    for month in (9, 10, 11):  # every month one P1 breached in shop, one fixed in time in web
        ledger.sync(SHOP, [("s.py", finding(f"s{month}", "s.py"))], ["s.py"],
                    now=at(2, month=month))
        ledger.sync(WEB, [("w.py", finding(f"w{month}", "w.py"))], ["w.py"],
                    now=at(2, month=month))
        ledger.sync(WEB, [], ["w.py"], now=at(2, 18, month=month))
    report = compliance.build(ledger, NOV, now=at(5, month=12))
    teams = {t.group.name: t for t in report.teams}
    assert [f.percent for _, f in teams["payments"].group.trend] == [0.0, 0.0, 0.0]
    assert teams["payments"].group.actions == [REMEDIATION, ACCESS_REVIEW]
    assert teams["web"].group.actions == []
    (repo,) = teams["payments"].repositories
    assert repo.name == "example.com/acme/shop" and repo.actions == [REMEDIATION, ACCESS_REVIEW]
    assert report.total.figures.percent == 50.0
    only_web = compliance.build(ledger, NOV, team="web", now=at(5, month=12))
    assert [t.group.name for t in only_web.teams] == ["web"]


def test_a_month_with_nothing_due_breaks_the_run(ledger: Ledger) -> None:
    for month in (9, 11):
        ledger.sync(SHOP, [("s.py", finding(f"s{month}", "s.py"))], ["s.py"],
                    now=at(2, month=month))
    (team,) = compliance.build(ledger, NOV, now=at(5, month=12)).teams
    assert [f.percent for _, f in team.group.trend] == [0.0, None, 0.0]
    assert team.group.actions == [REMEDIATION]


def test_fixed_then_reintroduced_counts_each_period(ledger: Ledger) -> None:
    f = finding("again", "a.py", priority="P1")
    ledger.sync(SHOP, [("a.py", f)], ["a.py"], now=at(28, month=10))
    ledger.sync(SHOP, [], ["a.py"], now=at(28, 18, month=10))  # fixed in time, October
    ledger.sync(SHOP, [("a.py", f)], ["a.py"], now=at(10))  # reintroduced in November
    report = compliance.build(ledger, NOV, now=at(20))
    assert (report.total.figures.detected, report.total.figures.breached) == (1, 1)
    october = compliance.build(ledger, Month(2026, 10), now=at(20))
    assert (october.total.figures.within, october.total.figures.breached) == (1, 0)
    assert october.total.figures.percent == 100.0


def test_suppressed_findings_are_shown_not_counted(ledger: Ledger) -> None:
    kept = finding("sup", "a.py", priority="P0",
                   justification="reads our own signed release manifest only")
    ledger.sync(SHOP, [("a.py", kept), ("a.py", finding("open", "a.py", line=9))], ["a.py"],
                now=at(2))
    report = compliance.build(ledger, NOV, now=at(1, month=12))
    assert report.total.figures.breached == 1  # only the unsuppressed one
    assert report.total.figures.suppressed == 1
    (shown,) = report.suppressed
    assert shown.justification == "reads our own signed release manifest only"
    assert all(x.episode.priority != "P0" for x in report.escalations)
    doc = json.loads(compliance_render.render_json(report))
    assert doc["suppressed"][0]["rule"] == "VG-PY-DESER-001"
    assert "shown, not counted" in compliance_render.render_text(report)


def test_p0_and_p1_escalations_due(ledger: Ledger) -> None:
    p0 = finding("p0", "a.py", priority="P0")
    p1_fixed_early = finding("p1a", "a.py", priority="P1", line=8)
    p1_late = finding("p1b", "a.py", priority="P1", line=9)
    p2 = finding("p2", "a.py", priority="P2", line=10)
    ledger.sync(SHOP, [("a.py", x) for x in (p0, p1_fixed_early, p1_late, p2)], ["a.py"],
                now=at(4))
    ledger.sync(SHOP, [("a.py", p0), ("a.py", p1_late), ("a.py", p2)], ["a.py"],
                now=at(4, 20))  # p1a fixed after 8 h, before its 12 h escalation
    report = compliance.build(ledger, NOV, now=at(6))
    escalated = {(x.episode.priority, x.episode.line): x for x in report.escalations}
    assert set(escalated) == {("P0", 5), ("P1", 9)}
    assert escalated[("P0", 5)].escalated_at == at(4)
    assert escalated[("P1", 9)].escalated_at == at(5, 0) and escalated[("P1", 9)].state == "open"


def test_ai_vs_human_findings_per_thousand_accepted_lines(ledger: Ledger) -> None:
    code = [AiRange(path="a.py", start_line=1, end_line=400, tool="copilot", model="gpt-4o",
                    accepted_at=at(1), content_hash="h1"),
            AiRange(path="b.py", start_line=1, end_line=100, tool="claude-code",
                    model="claude-sonnet-4", accepted_at=at(3), content_hash="h2"),
            AiRange(path="c.py", start_line=1, end_line=50, tool="copilot", model="gpt-4o",
                    accepted_at=at(20, month=10), content_hash="h3")]  # October: not counted
    found = [("a.py", finding("a1", "a.py", tool="copilot", model="gpt-4o")),
             ("a.py", finding("a2", "a.py", tool="copilot", model="gpt-4o", line=9)),
             ("b.py", finding("b1", "b.py", tool="claude-code", model="claude-sonnet-4")),
             ("h.py", finding("h1", "h.py"))]
    ledger.sync(SHOP, found, ["a.py", "b.py", "c.py", "h.py"], code, now=at(5))
    ai = compliance.build(ledger, NOV, now=at(10)).ai
    assert (ai.ai_findings, ai.human_findings, ai.accepted_lines) == (3, 1, 500)
    rates = {(s.tool, s.model): (s.findings, s.accepted_lines, s.per_1000_lines)
             for s in ai.by_source}
    assert rates == {("claude-code", "claude-sonnet-4"): (1, 100, 10.0),
                     ("copilot", "gpt-4o"): (2, 400, 5.0)}
    assert ai.ai_per_1000_lines == 6.0


def test_csv_and_json_carry_the_same_figures(ledger: Ledger) -> None:
    ledger.sync(SHOP, [("a.py", finding("x", "a.py"))], ["a.py"], now=at(2))
    ledger.sync(SyncContext(repository="=cmd|' /C calc'!A0", team="+evil"),
                [("z.py", finding("z", "z.py"))], ["z.py"], now=at(2))
    report = compliance.build(ledger, NOV, now=at(1, month=12))
    rows = list(csv.DictReader(io.StringIO(compliance_render.render_csv(report))))
    doc = json.loads(compliance_render.render_json(report))
    assert [r["level"] for r in rows] == ["total", "team", "repository", "team", "repository"]
    assert rows[0]["breached"] == str(doc["total"]["breached"]) == "2"
    assert rows[0]["compliance_percent"] == "0.0"
    assert "remediation plan required" in rows[1]["actions"]
    assert all(not r["team"].startswith(("=", "+")) for r in rows)  # no spreadsheet formulas
    assert all(not r["repository"].startswith("=") for r in rows)
