"""Nested repetitions kept apart by a separator (`regex_separators.separated`)."""

from __future__ import annotations

import pytest

from vigilint.analyzers.regex_separators import separated


@pytest.mark.parametrize("pattern", [
    r"^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$",  # dotted names: each iteration starts at a dot
    r"^(\d+)(?:\.(\d+))*$",  # version numbers
    r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$",  # host names
    r"(\d+,)*",  # the separator may end the iteration too
    r"([^,]*,)*",  # a negated class leaves the separator out
    # each iteration opens with a `[` the name before it cannot hold and closes with a `]` its
    # contents cannot hold: the name stops at the first bracket, the pairs split one way
    r"^[^[]+(?:\[[^\]]+\])*(?:\[\])?$",
    r"^[^:]+(?::[^:/]+)*$",
])
def test_separated_groups_split_one_way(pattern):
    assert separated(pattern)


@pytest.mark.parametrize("pattern", [
    r"^(a+)+$",  # the classic
    r"^([a-z]+\.?)*$",  # an optional separator separates nothing
    r"^(\w+\s?)*$",
    r"(.*,)*",  # the inner repetition eats the separator
    r"^[a-z0-9.-]+\.[a-z]{2,}(?:\.[a-z]{2,})*$",  # the prefix eats the separator (polynomial)
    r"^[a-z.]+((?:\.[a-z]+)*)$",  # ... also from outside the group
    r"^[^[]+(?:\[.+\])*$",  # the brackets' contents can hold a `]`: pairs split many ways
    r"^[^\]]+(?:\[[^\]]+\])*(?:\[[^\]]+)*$",  # opened brackets without a `]` split many ways
    r"(?<name>a+)+",  # not Python syntax: the rule's own verdict stands
    "(" * 5000 + "a+" + ")+" * 5000,  # too long to walk
])
def test_ambiguous_or_unreadable_groups_are_not_separated(pattern):
    assert not separated(pattern)
