"""The rule registry: complete metadata, docs and fixtures for every rule."""

from __future__ import annotations

import re

import pytest
from rulefixtures import FIXTURES, fixture_files, load_fixture

from vigilint.analyzers.languages import LANGUAGES, TREE_LANGUAGES, compile_query, expand
from vigilint.analyzers.registry import all_rules
from vigilint.model import CATEGORIES
from vigilint.policy import OWASP_2021, OWASP_2025

RULES = all_rules()
IDS = [r.id for r in RULES]
ID_FORMAT = re.compile(r"^VG-[A-Z0-9]+(-[A-Z0-9]+)*-\d{3}$")
SECTIONS = ("## What it does", "## Why is this bad?", "## Example", "## Use instead",
            "## References")


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
def test_rule_docs_have_sections(rule):
    for section in SECTIONS:
        assert section in rule.docs, f"{rule.id} docs lack {section!r}"


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
