"""One untrusted value written into several log lines of a file is one finding (dedupe.py)."""

from __future__ import annotations

from pathlib import Path

from vigilint.analyzers.dedupe import ALSO_LOGGED, one_per_flaw
from vigilint.analyzers.engine import Engine
from vigilint.analyzers.registry import all_rules
from vigilint.model import Finding, RelatedLocation

FIXTURE = Path(__file__).parent.parent / "fixtures/rules/VG-PY-LOG-002/lockout.py"


def _findings():
    engine = Engine(rules=[r for r in all_rules() if r.id == "VG-PY-LOG-002"])
    return engine.analyze("app/lockout.py", FIXTURE.read_text(encoding="utf-8")).findings


def test_one_finding_per_source_with_the_other_log_lines_related():
    findings = sorted(_findings(), key=lambda f: f.line)
    assert [f.line for f in findings] == [22, 40]  # two sources, two findings, at the first sink
    client, target = findings
    assert [r.line for r in client.related if r.message == ALSO_LOGGED] == [26, 29]
    assert [r.line for r in target.related if r.message == ALSO_LOGGED] == [42]
    assert "reaches 3 log lines" in client.message
    assert "reaches 2 log lines" in target.message
    assert client.likelihood == "very-likely"
    # the fix covers every log line of the finding
    assert client.fix is not None and len(client.fix.edits) == 3


def _finding(line: int, priority: str, source_line: int = 5) -> Finding:
    source = RelatedLocation(path="a.py", line=source_line, column=1, end_line=source_line,
                             end_column=9, message="untrusted input enters here: `request`")
    return Finding(rule="VG-PY-LOG-002", name="log-injection", category="sensitive-logging",
                   cwe=(117,), owasp=(), likelihood="very-likely", impact="low",
                   priority=priority, confidence="medium", path="a.py", line=line, column=5,
                   end_line=line, end_column=30, message="This log line receives it.",
                   related=(source,))


def test_merged_finding_keeps_the_highest_priority_and_other_sources_apart():
    out = one_per_flaw([_finding(10, "P3"), _finding(20, "P2"), _finding(30, "P3", 7)])
    merged = [f for f in out if f.related[0].line == 5]
    assert len(out) == 2 and len(merged) == 1
    assert (merged[0].line, merged[0].priority) == (10, "P2")


def test_unknown_origin_findings_are_not_merged():
    plain = [_finding(10, "P3").model_copy(update={"related": ()}),
             _finding(20, "P3").model_copy(update={"related": ()})]
    assert len(one_per_flaw(plain)) == 2


def test_a_suppression_covers_its_own_log_line_only():
    """A justified directive on the first log line of a value does not hide the value's other
    log lines: the suppressed sink stays a finding of its own, the others still merge."""
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    lines[21] += "  # vigilint: ignore[VG-PY-LOG-002] -- this message is written by a fixed formatter"
    engine = Engine(rules=[r for r in all_rules() if r.id == "VG-PY-LOG-002"])
    findings = sorted(engine.analyze("app/lockout.py", "\n".join(lines) + "\n").findings,
                      key=lambda f: f.line)
    suppressed = [f for f in findings if f.suppression is not None]
    open_ = [f for f in findings if f.suppression is None]
    assert [f.line for f in suppressed] == [22]
    assert [f.line for f in open_] == [26, 40]
    assert [r.line for r in open_[0].related if r.message == ALSO_LOGGED] == [29]
