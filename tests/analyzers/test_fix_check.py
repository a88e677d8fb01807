"""The fix gate (analyzers/fix_check.py): a fix is offered only when the fixed text parses with
no new syntax errors, no longer has the finding and has no new one; failures are counted."""

from __future__ import annotations

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.engine import Engine
from vigilint.analyzers.fix_check import error_count
from vigilint.model import Fix, Rule

SOURCE = "import pickle\n\nvalue = pickle.loads(blob)\nother = eval(text)\n"


def _rule(rule_id: str, fix_text: str | None, call: str = "pickle.loads",
          safe: bool = True) -> Rule:
    def check(ctx: FileContext, node):  # the call node
        if not ctx.node_text(node).startswith(call + "("):
            return None
        fix = None if fix_text is None else Fix(
            title="Rewrite", safe=safe, edits=(ctx.edit_node(node, fix_text),))
        return Hit(node=node, fix=fix)

    return Rule(id=rule_id, name="t", category="deserialization", languages=("python",),
                cwe=(502,), likelihood="likely", impact="high", confidence="high",
                message="Test finding.", node_kinds=("call",), check=check)


def _eval_rule() -> Rule:
    return _rule("VG-TEST-INJ-002", None, call="eval")


def test_a_working_fix_is_offered():
    engine = Engine(rules=[_rule("VG-TEST-DESER-001", "json.loads(blob)")])
    analysis = engine.analyze("app.py", SOURCE)
    [finding] = analysis.findings
    assert finding.fix is not None and finding.fix.edits[0].new_text == "json.loads(blob)"
    assert analysis.fixes_rejected == []


def test_a_fix_that_breaks_the_syntax_is_withheld_and_counted():
    engine = Engine(rules=[_rule("VG-TEST-DESER-001", "json.loads(blob")])
    analysis = engine.analyze("app.py", SOURCE)
    [finding] = analysis.findings
    assert finding.fix is None
    [rejection] = analysis.fixes_rejected
    assert (rejection.rule, rejection.line, rejection.reason) == \
        ("VG-TEST-DESER-001", 3, "syntax")


def test_a_fix_that_leaves_the_finding_is_withheld():
    engine = Engine(rules=[_rule("VG-TEST-DESER-001", "pickle.loads(blob )")])
    analysis = engine.analyze("app.py", SOURCE)
    assert analysis.findings[0].fix is None
    assert [r.reason for r in analysis.fixes_rejected] == ["not-removed"]


def test_a_fix_that_adds_a_finding_is_withheld():
    engine = Engine(rules=[_rule("VG-TEST-DESER-001", "eval(blob)"), _eval_rule()])
    analysis = engine.analyze("app.py", SOURCE)
    fixes = {f.rule: f.fix for f in analysis.findings}
    assert fixes == {"VG-TEST-DESER-001": None, "VG-TEST-INJ-002": None}
    assert [r.reason for r in analysis.fixes_rejected] == ["new-finding"]


def test_one_broken_fix_does_not_take_the_good_ones_with_it():
    text = "".join(f"a{i} = pickle.loads(b{i})\n" for i in range(9)) + "z = eval(t)\n"
    good = _rule("VG-TEST-DESER-001", "json.loads(x)")
    bad = _rule("VG-TEST-INJ-003", "eval(x)(", call="eval")
    analysis = Engine(rules=[good, bad]).analyze("app.py", text)
    fixed = [f.line for f in analysis.findings if f.fix is not None]
    assert fixed == list(range(1, 10))
    assert [(r.rule, r.line) for r in analysis.fixes_rejected] == [("VG-TEST-INJ-003", 10)]


def test_overlapping_fixes_are_checked_each():
    # Two rules fix the same call: the fixes cannot be applied together, both are offered.
    first = _rule("VG-TEST-DESER-001", "json.loads(blob)")
    second = _rule("VG-TEST-DESER-002", "json.loads(blob)")
    analysis = Engine(rules=[first, second]).analyze("app.py", SOURCE)
    assert all(f.fix is not None for f in analysis.findings)
    assert len(analysis.findings) == 2 and not analysis.fixes_rejected


def test_shifted_lines_still_match_the_findings_left():
    # The fix adds a line above the other finding: that finding moved, it is not new.
    text = "value = pickle.loads(blob)\nother = eval(text)\n"
    multi = _rule("VG-TEST-DESER-001", "(\n    json.loads(blob)\n)")
    analysis = Engine(rules=[multi, _eval_rule()]).analyze("app.py", text)
    assert next(f for f in analysis.findings if f.rule == "VG-TEST-DESER-001").fix is not None
    assert not analysis.fixes_rejected


def test_error_count_counts_error_and_missing_nodes():
    engine = Engine(rules=[])
    assert error_count(engine.parse("python", b"x = 1\n")) == 0
    assert error_count(engine.parse("python", b"x = (1\n")) >= 1
    assert error_count(None) == 0
