"""The findings ledger and SLA tracking, with a controllable clock (nothing sleeps)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from provhelpers import APP, T0, Clock

from vigilint.analyzers.engine import Engine
from vigilint.model import Finding, Provenance, Suppression
from vigilint.provenance import sla
from vigilint.provenance.ledger import entries, record_scan
from vigilint.provenance.store import MemoryStore, open_store


def deser_finding(text: str = APP, path: str = "app.py") -> Finding:
    findings = [f for f in Engine().analyze(path, text).findings
                if f.rule == "VG-PY-DESER-001"]
    assert len(findings) == 1
    return findings[0]


def test_lifecycle_detected_overdue_fixed(clock: Clock) -> None:
    store = MemoryStore()
    finding = deser_finding()
    assert finding.priority == "P0"

    update = record_scan(store, [("app.py", finding)], ["app.py"], now=clock())
    assert (update.new, update.fixed) == (1, 0)
    (entry,) = entries(store)
    assert entry.first_seen == T0
    assert entry.fix_due == T0 + timedelta(hours=4)
    assert entry.deploy_due == T0 + timedelta(hours=8)
    assert entry.escalate_at == T0  # P0 escalates at detection

    clock.advance(hours=1)
    report = sla.build(store, now=clock())
    (item,) = report.open
    assert not item.overdue and item.time_left == timedelta(hours=3)
    assert item.escalated and item.escalation == "escalated at detection"

    clock.advance(hours=4)  # 5 h after detection: past the 4 h fix SLA
    record_scan(store, [("app.py", finding)], ["app.py"], now=clock())
    report = sla.build(store, now=clock())
    (item,) = report.open
    assert item.overdue and item.overdue_by == timedelta(hours=1)
    assert report.by_priority["P0"].percent == 0.0
    assert report.by_priority["P0"].below_threshold

    clock.advance(hours=1)
    update = record_scan(store, [], ["app.py"], now=clock())  # gone from the file
    assert update.fixed == 1
    (entry,) = entries(store)
    assert entry.fixed_at == T0 + timedelta(hours=6)
    report = sla.build(store, now=clock())
    assert report.open == []
    assert (report.by_priority["P0"].due, report.by_priority["P0"].within) == (1, 0)


def test_fixed_within_sla_counts_as_compliant(clock: Clock) -> None:
    store = MemoryStore()
    record_scan(store, [("app.py", deser_finding())], ["app.py"], now=clock())
    clock.advance(hours=2)
    record_scan(store, [], ["app.py"], now=clock())
    report = sla.build(store, now=clock.advance(days=30))
    assert report.by_priority["P0"].as_dict() == {
        "due": 1, "within_sla": 1, "percent": 100.0, "below_threshold": False}


def test_only_scanned_files_fix_findings(clock: Clock) -> None:
    store = MemoryStore()
    a, b = deser_finding(path="a.py"), deser_finding(path="b.py")
    record_scan(store, [("a.py", a), ("b.py", b)], ["a.py", "b.py"], now=clock())
    clock.advance(minutes=10)
    update = record_scan(store, [], ["a.py"], now=clock())  # a scan of a.py only
    assert update.fixed == 1
    state = {e.path: e.fixed_at for e in entries(store)}
    assert state["a.py"] is not None and state["b.py"] is None


def test_a_finding_that_comes_back_is_reopened_with_a_new_clock(clock: Clock) -> None:
    store = MemoryStore()
    finding = deser_finding()
    record_scan(store, [("app.py", finding)], ["app.py"], now=clock())
    record_scan(store, [], ["app.py"], now=clock.advance(hours=1))
    update = record_scan(store, [("app.py", finding)], ["app.py"], now=clock.advance(hours=1))
    assert update.reopened == 1
    (entry,) = entries(store)
    assert entry.open and entry.reopened == 1 and entry.first_seen == clock()


def test_suppressed_findings_are_kept_with_their_justification(clock: Clock) -> None:
    store = MemoryStore()
    finding = deser_finding().model_copy(update={"suppression": Suppression(
        justification="input is our own signed config file", line=4)})
    update = record_scan(store, [("app.py", finding)], ["app.py"], now=clock())
    assert update.suppressed == 1
    (entry,) = entries(store)
    assert entry.suppressed_at == T0 and not entry.open
    assert entry.justification == "input is our own signed config file"
    report = sla.build(store, now=clock.advance(days=2))
    assert report.open == [] and report.suppressed == 1
    assert report.by_priority["P0"].due == 0


def test_escalation_per_priority(clock: Clock) -> None:
    store = MemoryStore()
    base = deser_finding()
    by_priority = {p: base.model_copy(update={"priority": p, "fingerprint": p})
                   for p in ("P1", "P2", "P3", "P4")}
    record_scan(store, [("app.py", f) for f in by_priority.values()], ["app.py"], now=clock())
    states = {i.entry.priority: (i.escalation, i.escalated)
              for i in sla.build(store, now=clock.advance(hours=11)).open}
    assert states["P1"] == (f"escalates at {sla.to_text(T0 + timedelta(hours=12))}", False)
    assert states["P3"] == ("monthly review", False)
    assert states["P4"] == ("quarterly review", False)
    states = {i.entry.priority: i.escalated
              for i in sla.build(store, now=clock.advance(hours=2)).open}
    assert states["P1"] and not states["P2"]
    states = {i.entry.priority: i.escalated
              for i in sla.build(store, now=clock.advance(days=5)).open}
    assert states["P2"]


def test_overdue_first_then_by_due_time(clock: Clock) -> None:
    store = MemoryStore()
    base = deser_finding()
    record_scan(store, [("p3.py", base.model_copy(update={"priority": "P3"}))], ["p3.py"],
                now=clock())
    record_scan(store, [("p0.py", base)], ["p0.py"], now=clock.advance(days=1))
    record_scan(store, [("p1.py", base.model_copy(update={"priority": "P1"}))], ["p1.py"],
                now=clock.advance(hours=1))
    report = sla.build(store, now=clock.advance(hours=5))
    order = [(i.entry.path, i.overdue) for i in report.open]
    assert order == [("p0.py", True), ("p1.py", False), ("p3.py", False)]


def test_compliance_per_generation_source(clock: Clock) -> None:
    store = MemoryStore()
    base = deser_finding()
    ai = base.model_copy(update={"fingerprint": "ai", "provenance": Provenance(
        tool="copilot", model="gpt-4o")})
    human = base.model_copy(update={"fingerprint": "human"})
    record_scan(store, [("app.py", ai), ("app.py", human)], ["app.py"], now=clock())
    record_scan(store, [("app.py", ai)], ["app.py"], now=clock.advance(hours=1))  # human fixed
    report = sla.build(store, now=clock.advance(hours=10))  # AI finding now overdue
    assert report.by_source["human"].percent == 100.0
    assert report.by_source["copilot/gpt-4o"].percent == 0.0
    assert report.by_source["copilot/gpt-4o"].below_threshold
    assert report.overall.as_dict()["percent"] == 50.0
    doc = json.loads(sla.render_json(report))
    assert doc["open"][0]["source"] == "ai" and doc["open"][0]["ai_tool"] == "copilot"
    assert doc["compliance"]["by_source"]["human"]["within_sla"] == 1
    text = sla.render_text(report)
    assert "BELOW 90%" in text and "AI: copilot/gpt-4o" in text
    markdown = sla.render_markdown(report)
    assert "| copilot/gpt-4o | 0% (0/1)  BELOW 90% |" in markdown


def test_since_limits_to_recent_detections(clock: Clock) -> None:
    store = MemoryStore()
    base = deser_finding()
    record_scan(store, [("old.py", base)], ["old.py"], now=clock())
    record_scan(store, [("new.py", base)], ["new.py"], now=clock.advance(days=3))
    report = sla.build(store, now=clock(), since=T0 + timedelta(days=1))
    assert [i.entry.path for i in report.open] == ["new.py"]


def test_clock_skew_never_gives_negative_durations(clock: Clock) -> None:
    store = MemoryStore()
    finding = deser_finding()
    # detected by a machine whose clock runs a day ahead
    record_scan(store, [("app.py", finding)], ["app.py"], now=clock() + timedelta(days=1))
    report = sla.build(store, now=clock())
    (item,) = report.open
    assert item.age == timedelta(0)
    assert item.overdue_by >= timedelta(0) and item.time_left >= timedelta(0)
    # fixed by a machine whose clock is right: fixed_at is not before first_seen
    record_scan(store, [], ["app.py"], now=clock())
    (entry,) = entries(store)
    assert entry.fixed_at is not None and entry.fixed_at >= entry.first_seen
    assert "-" not in sla.human_duration(timedelta(hours=-3))


def test_ledger_stores_no_raw_secret(workspace: Path, clock: Clock) -> None:
    text = 'TOKEN = "ghp_' + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8" + '"\n'
    findings = Engine().analyze("settings.py", text).findings
    if not findings:
        pytest.skip("no secret detector is registered in this tree")
    with open_store(workspace) as store:
        record_scan(store, [("settings.py", f) for f in findings], ["settings.py"],
                    now=clock())
        rows = store.query("SELECT * FROM findings")
    assert "a1B2c3D4e5F6g7H8i9J0" not in repr([tuple(r) for r in rows])
