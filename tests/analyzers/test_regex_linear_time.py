"""Every regular expression of the analyzers and the prompt guard runs in linear time on
input built to break it (`tests/regex_inventory.py`: its own literals repeated, each followed
by a long run, runs of every character it names).

Two stages keep this quick and robust on a loaded machine: each pattern runs on inputs of
2,000 characters; any input that takes more than 0.4 ms of CPU is run again at 16,000
characters (8 times longer). A linear pattern then takes about 8 times as long, a quadratic
one 64 times: more than 24 times, and over 20 ms, fails (confirmed best of three). CPU time of
this process (`time.process_time`), so other jobs on the machine do not count. The strict
measurement (every rule on a 1 MB line under 1 s) is `bench/rule_linear_time.py`."""

from __future__ import annotations

import time

import pytest
from regex_inventory import Pattern, hostile, inventory

SMALL, LARGE = 2_000, 16_000
SUSPECT = 0.0004
RATIO, FLOOR = 24, 0.020

PATTERNS = inventory()


def cpu(pattern: Pattern, text: str, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        if pattern.anchored:
            pattern.regex.match(text)
        else:
            for _ in pattern.regex.finditer(text):
                pass
        best = min(best, time.process_time() - started)
    return best


def test_the_inventory_sees_the_patterns() -> None:
    wheres = " ".join(p.where for p in PATTERNS)
    assert len(PATTERNS) > 300
    for expected in ("vigilint.analyzers.access.", "template_unescaped_output", "lexicon.toml",
                     "secrets.catalog", "suppression"):
        assert expected in wheres, expected


@pytest.mark.parametrize("pattern", PATTERNS, ids=[p.where for p in PATTERNS])
def test_pattern_is_linear_on_hostile_input(pattern: Pattern) -> None:
    large = dict(hostile(pattern.regex, LARGE))
    for name, text in hostile(pattern.regex, SMALL):
        small = cpu(pattern, text, runs=1)
        if small < SUSPECT:
            continue
        big = cpu(pattern, large[name], runs=1)
        if big < FLOOR or big / small < RATIO:
            continue
        small, big = cpu(pattern, text), cpu(pattern, large[name])  # confirm: best of three
        assert big < FLOOR or big / max(small, 1e-6) < RATIO, (
            f"{pattern} on {name}: {small * 1000:.1f} ms at {SMALL:,} characters, "
            f"{big * 1000:.1f} ms at {LARGE:,} ({big / max(small, 1e-6):.0f}x for 8x the input)")
