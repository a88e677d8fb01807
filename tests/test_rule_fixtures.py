"""Every rule against its inline-annotated fixtures, and its fixes against the `.fixed` files."""

from __future__ import annotations

import pytest
from rulefixtures import fixture_files, load_fixture

from vigilint.analyzers.dedupe import ALSO_LOGGED
from vigilint.analyzers.engine import Engine
from vigilint.analyzers.fixes import apply_fixes
from vigilint.analyzers.registry import all_rules

CASES = [(rule, path) for rule in all_rules() for path in fixture_files(rule.id)]


def _engine_for(rule_id: str) -> Engine:
    return Engine(rules=[r for r in all_rules() if r.id == rule_id])


@pytest.mark.parametrize(("rule", "path"), CASES,
                         ids=[f"{r.id}:{p.name}" for r, p in CASES])
def test_rule_matches_annotations(rule, path):
    fixture = load_fixture(rule.id, path)
    analysis = _engine_for(rule.id).analyze(fixture.display, fixture.text)
    assert not analysis.errors
    # one value logged at several places is one finding, the other sinks as related locations
    # (dedupe.py): each of those lines is reported too
    also = {(r.line, f.likelihood) for f in analysis.findings if f.rule == rule.id
            for r in f.related if r.message == ALSO_LOGGED}
    flagged = {f.line for f in analysis.findings if f.rule == rule.id} | {line for line, _ in also}
    missing = sorted(fixture.expected - flagged)
    noisy = sorted(flagged - fixture.expected)
    assert not missing, f"{rule.id} missed lines {missing} of {path.name}"
    assert not noisy, f"{rule.id} flagged unannotated or ok lines {noisy} of {path.name}"
    found = {(f.line, f.likelihood) for f in analysis.findings if f.rule == rule.id} | also
    wrong = sorted((line, likelihood) for line, likelihood in fixture.likelihoods.items()
                   if (line, likelihood) not in found)
    assert not wrong, f"{rule.id} on {path.name}: (line, wanted likelihood) not found: {wrong}"


TAINT_RULES = sorted({rule.id for rule, _ in CASES if rule.sink_kinds})


@pytest.mark.parametrize("rule_id", TAINT_RULES)
def test_taint_rule_fixtures_pin_the_likelihood(rule_id):
    """The likelihood decides a finding's priority, exit code and SARIF level: a taint rule's
    fixtures say which one each flagged case must carry."""
    fixtures = [load_fixture(rule_id, p) for p in fixture_files(rule_id)]
    unpinned = [(f.display, line) for f in fixtures for line in sorted(f.ruleid_lines)
                if line not in f.likelihoods]
    assert not unpinned, f"{rule_id}: `ruleid:` marks without a likelihood at {unpinned}"


FIX_CASES = [(rule, path) for rule, path in CASES if load_fixture(rule.id, path).fixed_path.exists()]


@pytest.mark.parametrize(("rule", "path"), FIX_CASES,
                         ids=[f"{r.id}:{p.name}" for r, p in FIX_CASES])
def test_rule_fixes_match_fixed_file(rule, path):
    fixture = load_fixture(rule.id, path)
    analysis = _engine_for(rule.id).analyze(fixture.display, fixture.text)
    fixes = [f.fix for f in analysis.findings if f.fix is not None]
    assert fixes, f"{rule.id} offered no fix on {path.name}"
    fixed = apply_fixes(fixture.text, fixes)
    assert fixed == fixture.fixed_path.read_text(encoding="utf-8")
    again = _engine_for(rule.id).analyze(fixture.display, fixed)
    fixed_lines = {f.line for f in again.findings if f.fix is not None}
    assert not fixed_lines, f"fixing left fixable findings on lines {sorted(fixed_lines)}"
