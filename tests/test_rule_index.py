"""The rule index (`vigilint/analyzers/rule_index.json`): current, and the per-language rule
loading it drives gives the same rules and the same findings as the full registry."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from rulefixtures import FIXTURES, fixture_files

from vigilint.analyzers import registry
from vigilint.analyzers.languages import expand, language_for
from vigilint.analyzers.registry import INDEX_FILE, all_rules, build_index, index_text, rules_for

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = sorted({lang for rule in all_rules() for lang in expand(rule.languages)})


def _fixtures_by_language() -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for rule in all_rules():
        for path in fixture_files(rule.id):
            display = path.relative_to(FIXTURES / rule.id).as_posix()
            head = path.read_bytes()[:200]
            out[language_for(display, head)].append((display, str(path)))
    return out


def _run(code: str, payload: object) -> object:
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], input=json.dumps(payload), env=env,
                          capture_output=True, text=True, check=False, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


_ANALYSE = """
import json, sys
from vigilint.analyzers.engine import Engine
from vigilint.analyzers.registry import all_rules
items, full = json.load(sys.stdin)
engine = Engine(rules=all_rules()) if full else Engine()
out = []
for display, path in items:
    with open(path, encoding="utf-8") as handle:
        analysis = engine.analyze(display, handle.read())
    out.append([[f.model_dump(mode="json") for f in analysis.findings], analysis.errors])
print(json.dumps(out))
"""


def test_the_index_is_current():
    assert INDEX_FILE.read_text(encoding="utf-8") == index_text(build_index()), \
        "the rule index is stale: run `python scripts/gen_rule_index.py`"


@pytest.mark.parametrize("language", LANGUAGES)
def test_rules_for_a_language_are_the_registrys_rules_of_that_language(language):
    expected = tuple(r for r in all_rules() if language in expand(r.languages))
    got = rules_for(language)
    assert [r.id for r in got] == [r.id for r in expected]
    assert all(a is b for a, b in zip(got, expected, strict=True))  # the same objects


def test_loading_per_language_gives_the_full_registrys_findings_on_every_fixture():
    """Each language in a fresh process that imports only that language's rule modules,
    against one process running every rule: the same findings on every rule fixture."""
    by_language = _fixtures_by_language()
    every = [item for items in by_language.values() for item in items]
    full = _run(_ANALYSE, [every, True])
    assert isinstance(full, list)
    expected = dict(zip((display + "\0" + path for display, path in every), full, strict=True))
    assert sum(len(findings) for findings, _ in full) > 1000  # the fixtures do flag things
    for language, items in by_language.items():
        lazy = _run(_ANALYSE, [items, False])
        assert isinstance(lazy, list)
        for (display, path), got in zip(items, lazy, strict=True):
            assert got == expected[display + "\0" + path], f"{language}: {path}"


def test_a_python_scan_imports_no_rule_module_of_another_language(tmp_path):
    (tmp_path / "app.py").write_text("import os\nos.system(input())\n", encoding="utf-8")
    code = ("import json, sys\nfrom vigilint.cli import main\n"
            f"main(['scan', {str(tmp_path / 'app.py')!r}, '--quiet', '--no-cache', '-j', '1'])\n"
            "print(json.dumps(sorted(m for m in sys.modules if m.startswith('vigilint'))))")
    loaded = _loaded(code)
    index = json.loads(INDEX_FILE.read_text(encoding="utf-8"))["modules"]
    other = {name for name, langs in index.items()
             if langs and "python" not in expand(tuple(langs))}
    assert other, "the index names modules of other languages"
    assert not loaded & other, sorted(loaded & other)
    assert "vigilint.analyzers.rules.python.command_injection" in loaded


def _loaded(code: str) -> set[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          check=False, timeout=300)
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


@pytest.fixture
def index_at(tmp_path, monkeypatch):
    def use(text: str) -> None:
        path = tmp_path / "rule_index.json"
        path.write_text(text, encoding="utf-8")
        monkeypatch.setattr(registry, "INDEX_FILE", path)
        registry._index.cache_clear()
        registry.rules_for.cache_clear()

    yield use
    registry._index.cache_clear()
    registry.rules_for.cache_clear()


def test_an_index_missing_a_module_is_not_used(index_at):
    index = build_index()
    index.pop("vigilint.analyzers.rules.python.command_injection")
    index_at(index_text(index))
    assert registry._index() is None
    assert "VG-PY-INJ-002" in {r.id for r in rules_for("python")}


def test_an_index_naming_a_module_that_is_gone_is_not_used(index_at):
    index_at(index_text({**build_index(), "vigilint.analyzers.rules.python.gone": ["python"]}))
    assert registry._index() is None
    assert [r.id for r in rules_for("python")] == \
        [r.id for r in all_rules() if "python" in expand(r.languages)]


@pytest.mark.parametrize("text", ["", "{", "[]", '{"modules": 3}', '{"modules": {"a": 3}}'])
def test_an_unreadable_index_is_not_used(index_at, text):
    index_at(text)
    assert registry._index() is None
    assert len(rules_for("java")) == len([r for r in all_rules() if "java" in expand(r.languages)])
