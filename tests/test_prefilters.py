"""Prefilters and file gates only skip work: over every rule fixture (each file seen by every
rule, not only by its own rule), the findings with prefilters and `Rule.file_gate`s equal the
findings with all of them removed."""

from __future__ import annotations

from functools import cache

import pytest
from rulefixtures import FIXTURES, is_fixed_file

from vigilint.analyzers.engine import Analysis, Engine
from vigilint.analyzers.registry import all_rules


@cache
def _engines() -> tuple[Engine, Engine]:
    rules = all_rules()
    stripped = [r.model_copy(update={"prefilter": (), "file_gate": None}) for r in rules]
    return Engine(rules=rules), Engine(rules=stripped)


def _files() -> list[str]:
    return sorted(str(p.relative_to(FIXTURES)) for p in FIXTURES.rglob("*")
                  if p.is_file() and not is_fixed_file(p))


def test_some_rules_have_prefilters() -> None:
    assert sum(1 for r in all_rules() if r.prefilter) >= 100
    assert sum(1 for r in all_rules() if r.file_gate is not None) >= 100


@pytest.mark.parametrize("relative", _files())
def test_prefilters_keep_findings(relative: str) -> None:
    path = FIXTURES / relative
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError:
        pytest.skip("not UTF-8")
    display = relative.split("/", 1)[1] if "/" in relative else relative
    filtered, unfiltered = _engines()
    got = filtered.analyze(display, text)
    want = unfiltered.analyze(display, text)

    def key(analysis: Analysis) -> list[tuple[object, ...]]:
        return [(f.rule, f.line, f.column, f.end_line, f.end_column, f.message, f.likelihood,
                 f.fingerprint) for f in analysis.findings]

    assert key(got) == key(want)
