"""The risk matrix, SLA table and OWASP mapping, cell by cell (DESIGN.md is the reference)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from vigilint.model import CATEGORIES, IMPACTS, LIKELIHOODS
from vigilint.policy import (
    CATEGORY_OWASP,
    OWASP_2021,
    OWASP_2021_TO_2025,
    OWASP_2025,
    SLAS,
    at_or_above,
    owasp_for,
    owasp_in_edition,
    priority,
)

# Copied from DESIGN.md's table, row by row, so a change to either is caught.
DESIGN_MATRIX = """
very-likely P0 P0 P1 P2
likely      P0 P1 P2 P3
possible    P1 P2 P3 P4
unlikely    P2 P3 P4 P4
"""
CELLS = [(row.split()[0], impact, row.split()[1 + i])
         for row in DESIGN_MATRIX.strip().splitlines()
         for i, impact in enumerate(("critical", "high", "medium", "low"))]


@pytest.mark.parametrize(("likelihood", "impact", "expected"), CELLS)
def test_risk_matrix_cell(likelihood, impact, expected):
    assert priority(likelihood, impact) == expected


def test_matrix_covers_every_combination():
    assert len(CELLS) == len(LIKELIHOODS) * len(IMPACTS) == 16


H, D = timedelta(hours=1), timedelta(days=1)


@pytest.mark.parametrize(("p", "fix", "deploy", "escalation"), [
    ("P0", 4 * H, 8 * H, timedelta(0)),
    ("P1", 24 * H, 48 * H, 12 * H),
    ("P2", 7 * D, 14 * D, 5 * D),
    ("P3", 30 * D, 45 * D, None),
    ("P4", 90 * D, None, None),
])
def test_sla_row(p, fix, deploy, escalation):
    sla = SLAS[p]
    start = datetime(2026, 1, 1, 9, 0)
    assert sla.fix_due(start) == start + fix
    assert sla.deploy_due(start) == (None if deploy is None else start + deploy)
    assert sla.escalate_at(start) == (None if escalation is None else start + escalation)


def test_sla_reviews_and_texts():
    assert SLAS["P3"].review == "monthly" and SLAS["P4"].review == "quarterly"
    assert SLAS["P4"].deploy_text == "next release"
    assert SLAS["P0"].escalation_text == "at detection"


def test_catalogues_have_ten_categories_each():
    assert len(OWASP_2021) == len(OWASP_2025) == 10
    assert OWASP_2025["A01:2025"] == "Broken Access Control"
    assert OWASP_2025["A03:2025"] == "Software Supply Chain Failures"
    assert OWASP_2025["A10:2025"] == "Mishandling of Exceptional Conditions"
    assert OWASP_2021["A10:2021"].startswith("Server-Side Request Forgery")


@pytest.mark.parametrize("a2021", sorted(OWASP_2021))
def test_every_2021_category_maps_to_2025(a2021):
    assert OWASP_2021_TO_2025[a2021] in OWASP_2025


@pytest.mark.parametrize("category", CATEGORIES)
def test_every_finding_category_has_both_editions(category):
    a2021, a2025 = CATEGORY_OWASP[category]
    assert a2021 in OWASP_2021 and a2025 in OWASP_2025


@pytest.mark.parametrize(("cwe", "expected"), [
    (89, ("A03:2021", "A05:2025")),    # SQL injection
    (78, ("A03:2021", "A05:2025")),    # OS command injection
    (79, ("A03:2021", "A05:2025")),    # XSS
    (22, ("A01:2021", "A01:2025")),    # path traversal
    (862, ("A01:2021", "A01:2025")),   # missing authorization
    (918, ("A10:2021", "A01:2025")),   # SSRF folded into Broken Access Control in 2025
    (327, ("A02:2021", "A04:2025")),   # broken crypto
    (328, ("A02:2021", "A04:2025")),
    (338, ("A02:2021", "A04:2025")),   # weak PRNG
    (798, ("A07:2021", "A07:2025")),   # hard-coded credentials
    (287, ("A07:2021", "A07:2025")),
    (502, ("A08:2021", "A08:2025")),   # deserialization
    (829, ("A08:2021", "A08:2025")),
    (532, ("A09:2021", "A09:2025")),   # sensitive logging
    (117, ("A09:2021", "A09:2025")),
    (611, ("A05:2021", "A02:2025")),   # XXE
    (942, ("A05:2021", "A02:2025")),   # permissive CORS
    (1104, ("A06:2021", "A03:2025")),  # unmaintained component
    (1357, ("A06:2021", "A03:2025")),
    (209, ("A04:2021", "A10:2025")),   # error message with sensitive info
    (755, ("A04:2021", "A10:2025")),
    (295, ("A07:2021", "A02:2025")),   # certificate validation
    (434, ("A04:2021", "A06:2025")),   # unrestricted upload (insecure design)
])
def test_cwe_mapping(cwe, expected):
    assert owasp_for((cwe,), "injection") == expected


def test_unknown_cwe_falls_back_to_category():
    assert owasp_for((99999,), "ssrf") == ("A10:2021", "A01:2025")
    assert owasp_for((99999, 89), "secret") == ("A03:2021", "A05:2025")


def test_edition_lookup_and_threshold():
    assert owasp_in_edition(("A03:2021", "A05:2025"), "2025") == "A05:2025"
    assert at_or_above("P0", "P1") and at_or_above("P1", "P1") and not at_or_above("P2", "P1")
