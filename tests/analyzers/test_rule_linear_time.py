"""Every rule runs in linear time on long hostile lines (`tests/pathological_inputs.py`):
runs of word characters, a keyword repeated, runs of spaces and separators, unterminated
strings, each as code, in a string and in a comment, in every language a rule applies to.

Per language (and file name), all its rules run together on each shape at 16,000 characters
with the parse done beforehand (tree-sitter's time is not the rules'). When a group takes
more than half a second of CPU, each of its rules is timed alone at 2,000 and 16,000
characters: one that grows more than 24 times for 8 times the input (quadratic: 64) and
takes over 0.1 s, or over 2 s at all, fails. CPU time of this process, so other jobs on the
machine do not count. The strict figure (1 MB lines, < 1 s per rule) is
`bench/rule_linear_time.py`; deeply nested lines (`DEEP`) are measured there."""

from __future__ import annotations

import pytest
from pathological_inputs import LINE_SHAPES, best_rule_cpu, group_text, groups

from vigilint.analyzers.engine import Engine

SMALL, LARGE = 2_000, 16_000
GROUP_BUDGET = 0.5
RATIO, FLOOR, CEILING = 24, 0.1, 2.0
TOKEN = "auth"

GROUPS = groups()




def test_every_rule_is_in_a_group() -> None:
    from vigilint.analyzers.registry import all_rules

    grouped = {rule.id for rules in GROUPS.values() for rule in rules}
    assert grouped == {rule.id for rule in all_rules()}


@pytest.mark.parametrize("key", sorted(GROUPS), ids=[f"{k[0]}:{k[1]}" for k in sorted(GROUPS)])
def test_rules_are_linear_on_long_lines(key: tuple[str, str]) -> None:
    language, path = key
    rules = GROUPS[key]
    engine = Engine(rules=rules)
    slow: list[str] = []
    for shape in LINE_SHAPES:
        text = group_text(language, rules, shape, TOKEN, LARGE)
        if best_rule_cpu(engine, path, language, text) <= GROUP_BUDGET:
            continue
        for rule in rules:
            alone = Engine(rules=(rule,))
            big = best_rule_cpu(alone, path, language, text)
            small = best_rule_cpu(alone, path, language,
                         group_text(language, rules, shape, TOKEN, SMALL))
            if big > CEILING or (big > FLOOR and big / max(small, 1e-4) > RATIO):
                slow.append(f"{rule.id} on {shape!r}: {small * 1000:.0f} ms at {SMALL:,} "
                            f"characters, {big * 1000:.0f} ms at {LARGE:,}")
    assert not slow, "\n".join(slow)
