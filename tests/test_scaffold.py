"""`scripts/new_rule.py` for every language it offers: the scaffolded rule registers (its node
kind is in the grammar, no registry check fails) and its fixture test fails on the `ruleid:`
placeholder until someone writes the check."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from rulefixtures import load_fixture

from vigilint.analyzers.engine import Engine
from vigilint.analyzers.languages import TREE_LANGUAGES, language_for, parser_for
from vigilint.analyzers.rule_checks import rule_problems
from vigilint.model import Rule

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
sys.path.insert(0, str(SCRIPTS))
import new_rule  # noqa: E402


def _load_rule(module_path: Path) -> Rule:
    spec = importlib.util.spec_from_file_location(f"scaffolded_{module_path.stem}", module_path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rule = module.RULE
    return rule.model_copy(update={"docs": module.__doc__})


@pytest.mark.parametrize("lang", sorted(new_rule.LANGUAGES))
def test_scaffold_registers_and_its_fixture_fails_on_the_todo_case(tmp_path, lang):
    rule_id = "VG-NEW-INJ-901"
    module_path, fixture_path = new_rule.scaffold(tmp_path, rule_id, "string-building", lang,
                                                  "injection", 89)
    rule = _load_rule(module_path)
    assert rule.id == rule_id
    assert rule_problems(rule) == []

    fixture = load_fixture(rule_id, fixture_path, root=tmp_path / "tests" / "fixtures" / "rules")
    assert fixture.ruleid_count == 1 and fixture.ok_count == 1
    analysis = Engine(rules=[rule]).analyze(fixture.display, fixture.text)
    assert not analysis.errors
    # the fixture's file is analysed in the rule's language, and parses cleanly
    wanted = "text" if lang == "*" else lang
    assert language_for(fixture.display) == wanted
    if wanted in TREE_LANGUAGES:
        assert not parser_for(wanted).parse(fixture.text.encode()).root_node.has_error
    flagged = {f.line for f in analysis.findings if f.rule == rule_id}
    assert fixture.expected - flagged == fixture.expected, "the TODO case must fail the test"


def test_scaffold_refuses_bad_input_with_a_sentence(tmp_path, capsys):
    with pytest.raises(new_rule.ScaffoldError, match="no scaffold for 'json'"):
        new_rule.scaffold(tmp_path, "VG-X-001", "name", "json", "injection", 89)
    with pytest.raises(new_rule.ScaffoldError, match="rule ids look like"):
        new_rule.scaffold(tmp_path, "bad", "name", "python", "injection", 89)
    with pytest.raises(new_rule.ScaffoldError, match="kebab-case"):
        new_rule.scaffold(tmp_path, "VG-PY-INJ-901", "Bad Name", "python", "injection", 89)
    new_rule.scaffold(tmp_path, "VG-PY-INJ-901", "twice", "python", "injection", 89)
    with pytest.raises(SystemExit):
        new_rule.main(["VG-PY-INJ-901", "twice", "--lang", "python", "--category",
                       "injection", "--cwe", "89", "--root", str(tmp_path)])
    assert "already exists" in capsys.readouterr().err
