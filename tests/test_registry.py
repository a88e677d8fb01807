"""The rule registry: complete metadata, docs and fixtures for every rule."""

from __future__ import annotations

import re

import pytest
from rulefixtures import FIXTURES, fixture_files, load_fixture

from vigilint.analyzers.languages import LANGUAGES, TREE_LANGUAGES, compile_query, expand
from vigilint.analyzers.registry import all_rules
from vigilint.analyzers.rule_checks import DOC_SECTIONS, rule_problems
from vigilint.model import CATEGORIES, Rule
from vigilint.policy import OWASP_2021, OWASP_2025

RULES = all_rules()
IDS = [r.id for r in RULES]
ID_FORMAT = re.compile(r"^VG-[A-Z0-9]+(-[A-Z0-9]+)*-\d{3}$")


def test_rules_are_discovered():
    assert len(RULES) >= 2
    assert len(set(IDS)) == len(IDS)


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_rule_metadata(rule):
    assert ID_FORMAT.match(rule.id), rule.id
    assert rule.category in CATEGORIES
    assert rule.cwe and all(isinstance(c, int) and c > 0 for c in rule.cwe)
    assert len(rule.owasp) == 2
    assert rule.owasp[0] in OWASP_2021 and rule.owasp[1] in OWASP_2025
    assert rule.languages and set(expand(rule.languages)) <= set(LANGUAGES)
    assert rule.message.strip().endswith(".")
    assert sum(bool(x) for x in (rule.query, rule.node_kinds, rule.check_file)) == 1, \
        "a rule matches by exactly one of query, node_kinds, check_file"
    if rule.node_kinds:
        assert rule.check is not None


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_rule_passes_the_registry_checks(rule):
    assert rule_problems(rule) == [], rule.id


def _sample(**changes):
    base = dict(id="VG-PY-INJ-999", name="sample", category="injection", languages=("python",),
                cwe=(89,), likelihood="likely", impact="high", confidence="medium",
                message="Sample.", node_kinds=("call",), check=lambda ctx, node: None,
                docs="\n\n".join(f"{s}\ntext" for s in DOC_SECTIONS))
    return Rule(**{**base, **changes})


def test_registry_checks_reject_a_node_kind_the_grammar_lacks():
    assert rule_problems(_sample()) == []
    problems = rule_problems(_sample(node_kinds=("call", "method_invocation")))
    assert problems == ["node kind 'method_invocation' is in no grammar of python"]
    # a kind one of a multi-language rule's grammars has is enough
    assert rule_problems(_sample(languages=("python", "java"),
                                 node_kinds=("call", "method_invocation"))) == []


def test_registry_checks_reject_todo_placeholders_but_not_quoted_todo_comments():
    docs = _sample().docs
    assert rule_problems(_sample(docs=docs + "\nTODO: say why")) == [
        "docs still hold a TODO placeholder"]
    quoted = docs + "\n```text\n# TODO: write login handler\n```\nFlags `# TODO: write`."
    assert rule_problems(_sample(docs=quoted)) == []
    assert rule_problems(_sample(message="TODO: what is wrong.")) == [
        "the message or name still holds a TODO placeholder"]
    assert rule_problems(_sample(docs="## What it does\nx")) == [
        f"docs lack the section {s!r}" for s in DOC_SECTIONS[1:]]


@pytest.mark.parametrize("rule", [r for r in RULES if r.query], ids=[r.id for r in RULES if r.query])
def test_rule_query_compiles(rule):
    first = sorted(expand(rule.languages[:1]) & set(TREE_LANGUAGES))[0]
    compile_query(first, rule.query)


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_rule_has_positive_and_negative_fixtures(rule):
    files = fixture_files(rule.id)
    assert files, f"no fixtures in {FIXTURES / rule.id}"
    fixtures = [load_fixture(rule.id, f) for f in files]
    assert sum(f.ruleid_count for f in fixtures) >= 1, f"{rule.id}: no `ruleid:` case"
    assert sum(f.ok_count for f in fixtures) >= 1, f"{rule.id}: no `ok:` case"


@pytest.mark.parametrize("rule", [r for r in RULES if r.fixable],
                         ids=[r.id for r in RULES if r.fixable])
def test_fixable_rule_has_fixed_file(rule):
    fixtures = [load_fixture(rule.id, f) for f in fixture_files(rule.id)]
    assert any(f.fixed_path.exists() for f in fixtures), f"{rule.id} has no .fixed fixture"


def test_fixture_folders_belong_to_rules():
    folders = {p.name for p in FIXTURES.iterdir() if p.is_dir()}
    assert folders <= set(IDS), f"fixtures for unknown rules: {sorted(folders - set(IDS))}"
