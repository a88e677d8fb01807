"""A hand-rolled Java Feistel cipher is one finding, whatever the class looks like (issue 16:
one Java Feistel class of the held-back set was reported twice). The styles are the
`Feistel*.java` fixtures of VG-CRYPTO-004: encrypt and decrypt in one class; an `encrypt` that
splits the block and calls the rounds helper; a static nested class of rounds that the outer
class calls; an `encrypt` and a `decrypt` written differently; both sharing one round function;
a second class of the file that runs the rounds for the first. Every crypto rule runs on them:
one VG-CRYPTO-004 finding per annotated implementation and nothing else, its region spanning
the implementation, the round lines among its related locations, the message naming the
Feistel rounds."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from rulefixtures import fixture_files, load_fixture

from vigilint.analyzers.engine import Engine
from vigilint.analyzers.registry import all_rules

STYLES = [p for p in fixture_files("VG-CRYPTO-004") if p.name.startswith("Feistel") and
          p.name != "Feistel.java"]
ENGINE = Engine(rules=[r for r in all_rules() if r.category == "crypto-implementation"])


def test_the_styles_are_there():
    assert {p.name for p in STYLES} >= {"FeistelHelpers.java", "FeistelPairs.java",
                                        "FeistelRounds.java"}


@pytest.mark.parametrize("path", STYLES, ids=[p.name for p in STYLES])
def test_each_java_feistel_implementation_is_one_finding(path: Path):
    fixture = load_fixture("VG-CRYPTO-004", path)
    findings = ENGINE.analyze(fixture.display, fixture.text).findings
    assert {f.rule for f in findings} == {"VG-CRYPTO-004"}
    assert sorted(f.line for f in findings) == sorted(fixture.expected)
    lines = fixture.text.splitlines()
    for finding in findings:
        assert "Feistel" in finding.message
        rounds = [r.line for r in finding.related if " ^ " in lines[r.line - 1]]
        assert rounds and all(finding.line <= n <= finding.end_line for n in rounds)
    # two implementations never share lines
    spans = sorted((f.line, f.end_line) for f in findings)
    assert all(a[1] < b[0] for a, b in pairwise(spans))
