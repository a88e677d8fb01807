"""The language-neutral meaning of guards (`dataflow.guards`)."""

from __future__ import annotations

import pytest

from vigilint.analyzers.dataflow.guards import URL_HOST, fixed_origin, regex_guard_kinds
from vigilint.analyzers.dataflow.kinds import ALL_KINDS


@pytest.mark.parametrize(("prefix", "fixed"), [
    ("https://api.example.com/", True),
    ("https://api.example.com/v1/users?id=", True),
    ("http://internal:8080/status#", True),
    ("https://api.example.com", False),  # `.evil.com` can still extend the host
    ("https://", False),
    ("https://user@", False),
    ("/local/path", False),
    (None, False),
])
def test_a_fixed_origin_needs_scheme_host_and_a_separator(prefix, fixed):
    assert fixed_origin(prefix) is fixed


def test_regex_guards_clean_by_anchoring():
    assert regex_guard_kinds("^[a-z]+$", False) == ALL_KINDS
    assert regex_guard_kinds("^https://example\\.com/", False) == URL_HOST
    assert regex_guard_kinds("[a-z]+", False) == frozenset()
    assert regex_guard_kinds(None, True) == ALL_KINDS
