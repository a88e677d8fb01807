"""What a code role does to findings (per category), one finding per flaw, and the role in the
JSON, SARIF, text and LSP outputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vigilint.analyzers.context import Hit
from vigilint.analyzers.engine import Engine
from vigilint.analyzers.role_policy import POLICY, action_for
from vigilint.model import CATEGORIES, ROLES, Rule
from vigilint.report import json_report, sarif, text
from vigilint.server.convert import finding_to_diagnostic
from vigilint.server.positions import LineIndex


def _rule(category: str, rule_id: str = "VG-TEST-ROLE-001", **kw) -> Rule:
    base = dict(id=rule_id, name="t", category=category, languages=("python",), cwe=(94,),
                likelihood="very-likely", impact="critical", confidence="high",
                message="Test finding.",
                query='((call function: (identifier) @f) @report (#eq? @f "run"))')
    base.update(kw)
    return Rule(**base)


def _one(category: str, path: str):
    findings = Engine(rules=[_rule(category)]).analyze(path, "run(x)\n").findings
    return [(f.role, f.priority) for f in findings]


@pytest.mark.parametrize(("category", "path", "expected"), [
    ("injection", "app/views.py", [("app", "P0")]),
    ("injection", "tests/test_views.py", [("test", "P4")]),  # a test client's request
    ("ssrf", "tests/test_views.py", [("test", "P4")]),
    ("access-control", "tests/test_views.py", [("test", "P4")]),
    ("insecure-default", "tests/test_tls.py", [("test", "P4")]),  # verify=False on a local server
    ("deserialization", "tests/fixtures/load.py", [("fixture", "P4")]),
    ("resource-exhaustion", "tests/test_client.py", []),  # no timeout against a test server
    ("resource-exhaustion", "docs/quickstart.py", [("docs", "P4")]),
    ("vulnerable-dependency", "tests/test_x.py", [("test", "P3")]),
    ("secret", "tests/test_x.py", [("test", "P0")]),  # a real key in a test still leaks
    ("secret", "docs/conf.py", [("docs", "P0")]),
    ("secret", "vendor/x/y.py", [("vendored", "P0")]),
    ("injection", "docs_src/tutorial001.py", [("docs", "P3")]),
    ("injection", "examples/app.py", [("example", "P3")]),
    ("injection", "scripts/docs.py", [("build", "P3")]),
    ("injection", "proto/x_pb2.py", [("generated", "P4")]),
    ("injection", "third_party/x.py", [("vendored", "P3")]),
])
def test_demotion_per_role_and_category(category, path, expected):
    assert _one(category, path) == expected


def test_policy_covers_every_role_and_only_lowers():
    assert set(POLICY) == set(ROLES)
    for role in ROLES:
        for category in CATEGORIES:
            assert action_for(role, category) in ("keep", "drop", "P2", "P3", "P4")
    assert all(action_for("app", c) == "keep" for c in CATEGORIES)
    assert all(action_for(r, "secret") == "keep" for r in ROLES)


def test_demotion_never_raises_a_priority():
    rule = _rule("injection", likelihood="unlikely", impact="low")  # P4 already
    findings = Engine(rules=[rule]).analyze("docs/x.py", "run(x)\n").findings
    assert [(f.role, f.priority) for f in findings] == [("docs", "P4")]


def test_likelihood_and_impact_are_kept_only_priority_is_capped():
    finding = Engine(rules=[_rule("injection")]).analyze("tests/test_a.py", "run(x)\n").findings[0]
    assert (finding.likelihood, finding.impact, finding.priority) == ("very-likely", "critical",
                                                                      "P4")


# -- one finding per flaw -----------------------------------------------------------------

def _nested_rule() -> Rule:
    """Flags `run(...)` and `compile(...)` alike, the outer one as very likely (an `exec` of a
    `compile` reported twice at two priorities before)."""
    def check(ctx, node):
        name = ctx.node_text(node.child_by_field_name("function"))
        if name == "run":
            return Hit(node=node, likelihood="very-likely")
        if name == "compile":
            return Hit(node=node, likelihood="possible")
        return None

    return _rule("injection", query=None, node_kinds=("call",), check=check)


def test_one_finding_per_construct_at_its_highest_priority():
    findings = Engine(rules=[_nested_rule()]).analyze(
        "app.py", "run(compile(src, name, 'exec'), ctx)\ncompile(a, b, 'exec')\n").findings
    assert [(f.line, f.column, f.priority) for f in findings] == [(1, 1, "P0"), (2, 1, "P1")]


def test_two_flaws_on_one_line_stay_two():
    findings = Engine(rules=[_nested_rule()]).analyze("app.py", "run(a); run(b)\n").findings
    assert [(f.line, f.column) for f in findings] == [(1, 1), (1, 9)]


def test_different_rules_on_one_line_stay_apart():
    second = _rule("deserialization", rule_id="VG-TEST-ROLE-002")
    findings = Engine(rules=[_rule("injection"), second]).analyze("app.py", "run(x)\n").findings
    assert sorted(f.rule for f in findings) == ["VG-TEST-ROLE-001", "VG-TEST-ROLE-002"]


SHELLS = """Set the key in your shell:

    $ export APP_SECRET_KEY="Zq8vN3rT6wY1bE4hK7mP0sU2xA5cF9jL"
    > set APP_SECRET_KEY=Zq8vN3rT6wY1bE4hK7mP0sU2xA5cF9jL
    PS> $env:APP_SECRET_KEY = "Zq8vN3rT6wY1bE4hK7mP0sU2xA5cF9jL"
    $ set -x APP_SECRET_KEY "Zq8vN3rT6wY1bE4hK7mP0sU2xA5cF9jL"

Another key: `OTHER_SECRET_KEY = "Hn4Rt8Wq2Zx6Cv0Bm3Kj7Lp1Df5Gs9Ya"`.
"""


def test_one_secret_shown_in_several_shells_is_one_finding():
    findings = [f for f in Engine().analyze("docs/config.rst", SHELLS).findings
                if f.category == "secret"]
    assert len({f.secret_hash for f in findings}) == 2
    assert len(findings) == 2
    assert findings[0].line == 3  # the first place the value is shown
    assert all(f.role == "docs" for f in findings)


# -- outputs ------------------------------------------------------------------------------

def _findings():
    engine = Engine(rules=[_rule("injection")])
    return [*engine.analyze("app.py", "run(x)\n").findings,
            *engine.analyze("tests/test_app.py", "run(x)\n").findings]


def test_role_in_json_and_sarif(tmp_path: Path):
    findings = _findings()
    doc = json.loads(json_report.render(findings, str(tmp_path), 2, 0.1, []))
    assert [(f["role"], f["priority"]) for f in doc["findings"]] == [("app", "P0"),
                                                                     ("test", "P4")]
    log = sarif.build(findings, (_rule("injection"),), tmp_path)
    results = log["runs"][0]["results"]
    assert [(r["properties"]["role"], r["properties"]["priority"], r["level"])
            for r in results] == [("app", "P0", "error"), ("test", "P4", "note")]


def test_role_in_text_and_lsp():
    app, test = _findings()
    assert "test code" in text.format_finding(test) and "test code" not in text.format_finding(app)
    index = LineIndex("run(x)\n")
    diagnostic = finding_to_diagnostic(test, index, "file:///w/tests/test_app.py", 1)
    assert diagnostic.data["role"] == "test"
    assert "P4 in test code" in diagnostic.message
    assert finding_to_diagnostic(app, index, "file:///w/app.py", 1).data["role"] == "app"
