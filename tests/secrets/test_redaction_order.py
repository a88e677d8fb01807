"""Redaction must not depend on the order secrets arrive in (set order varies with
PYTHONHASHSEED): snippets, and so fingerprints and baselines, would change between runs."""

from __future__ import annotations

import itertools

from vigilint.analyzers.secrets.redaction import redact


def test_overlapping_secrets_redact_the_same_in_any_order():
    text = 'stored_password = "Winter2024!prod" if password == "Winter2024" else token_abcdef'
    values = ["Winter2024!prod", "Winter2024", "token_abcdef"]
    results = {redact(text, list(order)) for order in itertools.permutations(values)}
    assert len(results) == 1
    [masked] = results
    assert all(v not in masked for v in values)
