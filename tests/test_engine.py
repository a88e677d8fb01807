"""The engine: languages, one-pass dispatch, positions, suppressions, fingerprints, fixes."""

from __future__ import annotations

from pathlib import Path

import pytest

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.engine import Engine
from vigilint.analyzers.fixes import apply_edits
from vigilint.analyzers.languages import language_for
from vigilint.analyzers.suppression import justification_problem
from vigilint.model import Edit, Rule


@pytest.mark.parametrize(("path", "head", "expected"), [
    ("a.py", b"", "python"), ("a.JSX", b"", "javascript"), ("a.mjs", b"", "javascript"),
    ("a.ts", b"", "typescript"), ("a.d.ts", b"", "typescript"), ("a.tsx", b"", "tsx"),
    ("main.go", b"", "go"), ("A.java", b"", "java"), ("k8s.yml", b"", "yaml"),
    ("x.yaml", b"", "yaml"), ("package.json", b"", "json"), ("Cargo.toml", b"", "toml"),
    ("main.tf", b"", "hcl"), ("vars.tfvars", b"", "hcl"), ("run.sh", b"", "bash"),
    ("Dockerfile", b"", "dockerfile"), ("Dockerfile.prod", b"", "dockerfile"),
    ("api.dockerfile", b"", "dockerfile"), ("Containerfile", b"", "dockerfile"),
    (".env", b"", "dotenv"), (".env.production", b"", "dotenv"), ("prod.env", b"", "dotenv"),
    ("app.properties", b"", "properties"), ("README", b"", "text"), ("notes.txt", b"", "text"),
    ("deploy", b"#!/usr/bin/env bash\n", "bash"), ("tool", b"#!/usr/bin/python3.12\n", "python"),
    ("cli", b"#!/usr/bin/env node\n", "javascript"), ("x", b"#!/bin/sh\n", "bash"),
])
def test_language_for(path, head, expected):
    assert language_for(path, head) == expected


FIXTURES = Path(__file__).parent / "fixtures"


def _rule(**kw) -> Rule:
    base = dict(id="VG-TEST-INJ-001", name="t", category="injection", languages=("python",),
                cwe=(94,), likelihood="likely", impact="high", confidence="high",
                message="Test finding.")
    base.update(kw)
    return Rule(**base)


def test_query_node_and_file_rules_share_one_pass():
    seen_nodes = []

    def node_check(ctx, node):
        seen_nodes.append(node.type)
        return ctx.node_text(node.child_by_field_name("function")) == "eval"

    rules = [
        _rule(id="VG-TEST-Q-001", query='((call function: (identifier) @f) @report '
                                         '(#eq? @f "exec"))'),
        _rule(id="VG-TEST-N-001", node_kinds=("call",), check=node_check),
        _rule(id="VG-TEST-F-001", check_file=lambda ctx: [Hit(position=(1, 1, 1, 2))]),
    ]
    analysis = Engine(rules=rules).analyze("m.py", "exec(a)\neval(b)\nprint(c)\n")
    assert [(f.rule, f.line) for f in analysis.findings] == [
        ("VG-TEST-F-001", 1), ("VG-TEST-Q-001", 1), ("VG-TEST-N-001", 2)]
    assert seen_nodes == ["call", "call", "call"]


def test_rule_languages_and_paths_filter():
    rule = _rule(languages=("javascript",), query="(call_expression) @report",
                 paths=("*.test.js", "src/*"))
    engine = Engine(rules=[rule])
    assert engine.analyze("src/a.ts", "f()").findings
    assert engine.analyze("x/a.test.js", "f()").findings
    assert not engine.analyze("lib/a.js", "f()").findings
    assert not engine.analyze("src/a.py", "f()").findings


def test_positions_are_code_point_columns_on_non_ascii_lines():
    rule = _rule(query='((call function: (identifier) @f) @report (#eq? @f "eval"))')
    text = 'x = "héllo wörld 😀"; eval(y)\n'
    finding = Engine(rules=[rule]).analyze("a.py", text).findings[0]
    assert text[finding.column - 1:finding.end_column - 1] == "eval(y)"


def test_broken_rule_is_reported_not_raised():
    def boom(ctx, node):
        raise ValueError("bad rule")

    analysis = Engine(rules=[_rule(node_kinds=("call",), check=boom)]).analyze(
        "a.py", "f()\ng()\nh()\n")
    assert analysis.findings == []
    # failing on each of the three calls is one notice, not three
    assert analysis.errors == ["rule VG-TEST-INJ-001 failed on a.py: ValueError: bad rule"]


def test_file_gate_runs_only_the_rules_it_names_once_per_file():
    asked = []
    ran = []

    def gate(ctx):
        asked.append(ctx.path)
        return {"VG-TEST-G-002"}

    def check(rule_id):
        def run(ctx):
            ran.append(rule_id)
            return [Hit(position=(1, 1, 1, 2))]
        return run

    rules = [_rule(id=f"VG-TEST-G-00{i}", check_file=check(f"VG-TEST-G-00{i}"), file_gate=gate)
             for i in (1, 2, 3)] + [_rule(id="VG-TEST-G-004", check_file=check("VG-TEST-G-004"))]
    analysis = Engine(rules=rules).analyze("m.py", "x = 1\n")
    assert asked == ["m.py"]
    assert ran == ["VG-TEST-G-002", "VG-TEST-G-004"]
    assert sorted(f.rule for f in analysis.findings) == ["VG-TEST-G-002", "VG-TEST-G-004"]


def test_failing_file_gate_runs_every_rule_of_its_group():
    def gate(ctx):
        raise RuntimeError("no")

    rules = [_rule(id=f"VG-TEST-G-00{i}", check_file=lambda ctx: [Hit(position=(1, 1, 1, 2))],
                   file_gate=gate) for i in (1, 2)]
    analysis = Engine(rules=rules).analyze("m.py", "x = 1\n")
    assert sorted(f.rule for f in analysis.findings) == ["VG-TEST-G-001", "VG-TEST-G-002"]
    assert analysis.errors == []


def test_secret_rules_gate_names_every_rule_that_reports():
    """The secrets gate (`reporting`) names every secret rule whose check gives hits (and
    few others: those whose matches are all test values), on every secret fixture file."""
    from vigilint.analyzers.secrets import rules as secret_rules
    from vigilint.analyzers.secrets.rules import RULES, reporting

    engine = Engine(rules=[])
    reported = named = 0
    for path in sorted((FIXTURES / "rules").glob("VG-SEC-*/**/*")):
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        language = language_for(path.name, text[:200].encode())
        ctx = FileContext(path=path.name, language=language, text=text)
        ctx.tree = engine.parse(language, ctx.source)
        allowed = reporting(ctx)
        for rule in RULES:
            hits = secret_rules.check(rule.id, ctx)
            assert hits is None or rule.id in allowed, (path, rule.id)
            reported += hits is not None
            named += rule.id in allowed
    assert reported > 100
    assert named < 2 * reported


def test_secret_values_are_masked_in_snippet_and_message():
    secret = "hunter2-very-secret-value-123"
    rule = _rule(category="secret", cwe=(798,), check_file=lambda ctx: [
        Hit(position=(1, 5, 1, 30), secrets=(secret,), message=f"Found {secret}.")])
    finding = Engine(rules=[rule]).analyze("a.py", f'pw = "{secret}"\n').findings[0]
    assert secret not in finding.snippet and secret not in finding.message
    assert "hunt" in finding.snippet and "[redacted]" in finding.snippet
    assert secret not in finding.model_dump_json()


def test_snippets_of_megabyte_lines_are_redacted_from_whole_tokens_only():
    """The redactor reads the shown part of a snippet line plus whole tokens up to a margin
    (the cost of a finding stays bounded on a 1 MB line); a token that runs from the shown
    part past the margin is left out whole, so no piece of a value it could not judge shows."""
    from vigilint.analyzers.engine import _MAX_SNIPPET_CHARS, _REDACT_MARGIN, _redaction_window

    assert _redaction_window("short line") == "short line"
    assert _redaction_window("x" * 1_000_000) == "…"
    head = "call(" + "a " * 150
    giant = "Zq8" * 400_000  # one token from inside the shown part to far past the margin
    window = _redaction_window(head + giant + " tail")
    assert window == head + "…" and "Zq8" not in window
    words = ("word " * 300_000)
    assert len(_redaction_window(words)) <= _MAX_SNIPPET_CHARS + _REDACT_MARGIN + 1

    rule = _rule(check_file=lambda ctx: [Hit(position=(1, 1, 1, 5))])
    tail = "pw_" + "k9Xr2" * 300_000  # a random-looking run that starts in the shown part
    finding = Engine(rules=[rule]).analyze("a.py", "x = " + "b " * 190 + tail + "\n").findings[0]
    assert "k9Xr2" not in finding.snippet and len(finding.snippet) <= _MAX_SNIPPET_CHARS


def test_fingerprints_stable_when_lines_move_and_distinct_for_repeats():
    rule = _rule(query='((call function: (identifier) @f) @report (#eq? @f "eval"))')
    engine = Engine(rules=[rule])
    before = engine.analyze("a.py", "eval(x)\neval(x)\n").findings
    after = engine.analyze("a.py", "import os\n\n\neval(x)\n  \neval(x)\n").findings
    assert [f.fingerprint for f in before] == [f.fingerprint for f in after]
    assert before[0].fingerprint != before[1].fingerprint


@pytest.mark.parametrize(("why", "ok"), [
    ("", False), ("fp", False), ("false positive", False), ("TODO", False),
    ("todo: explain this later please", False), ("<justification>", False),
    ("too short", False), ("input is a constant from our own config", True),
])
def test_justification_rules(why, ok):
    assert (justification_problem(why) is None) is ok


def test_suppression_on_line_above_and_same_line_only():
    rule = _rule(query='((call function: (identifier) @f) @report (#eq? @f "eval"))')
    text = ("# vigilint: ignore[VG-TEST-INJ-001] -- argument is a literal built at import time\n"
            "eval(a)\n"
            "eval(b)\n"
            "eval(c)  # vigilint: ignore[VG-TEST-INJ-001, VG-OTHER-001] -- sandboxed REPL input\n"
            "x = 1  # vigilint: ignore[VG-TEST-INJ-001] -- trailing comments cover their own line\n"
            "eval(d)\n")
    findings = Engine(rules=[rule]).analyze("a.py", text).findings
    assert [(f.line, f.suppressed) for f in findings] == [
        (2, True), (3, False), (4, True), (6, False)]
    assert findings[0].suppression.justification == \
        "argument is a literal built at import time"


def test_deeply_nested_code_does_not_recurse():
    text = "x = " + "[" * 3000 + "]" * 3000 + "\n"
    ctx = FileContext(path="a.py", language="python", text=text)
    ctx.tree = Engine(rules=[]).parse("python", ctx.source)
    assert sum(1 for _ in ctx.walk()) > 3000


def test_apply_edits_multiline_and_order():
    text = "abc\ndef\nghi\n"
    edits = [Edit(line=3, column=1, end_line=3, end_column=2, new_text="G"),
             Edit(line=1, column=2, end_line=2, end_column=2, new_text="-")]
    assert apply_edits(text, edits) == "a-ef\nGhi\n"


def test_prefilter_skips_rules_whose_keywords_are_absent():
    calls = []

    def check(ctx, node):
        calls.append(ctx.path)
        return True

    rule = _rule(node_kinds=("call",), check=check, prefilter=("yaml", "pickle"))
    engine = Engine(rules=[rule])
    assert engine.analyze("a.py", "import yaml\nyaml.load(x)\n").findings
    assert not engine.analyze("b.py", "import json\njson.load(x)\n").findings
    assert calls == ["a.py"]
