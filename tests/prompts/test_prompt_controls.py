"""The control catalogue: concerns per domain, which are active, which controls answer them,
what the verdict JSON says is missing, and that the suggestion adds exactly that.

The prompts are written for these tests (not taken from the bench set)."""

from __future__ import annotations

import pytest

from vigilint.prompts import check_prompt
from vigilint.prompts.domains import _controls
from vigilint.prompts.guard import RULE_CONSTRAINTS, RULE_OWASP
from vigilint.prompts.lexicon import collect, lexicon
from vigilint.prompts.text import tokenize


def _missing(prompt: str) -> set[tuple[str, str]]:
    return {(m.domain, m.concern) for m in check_prompt(prompt).missing}


@pytest.mark.parametrize(("domain", "concern"), [
    (d.id, c) for d in lexicon().domains.values() for c in d.concerns])
def test_every_suggestion_line_states_a_control_of_its_own_concern(domain, concern):
    """Appending the guard's own line for a concern must satisfy it."""
    lex = lexicon()
    line = lex.domains[domain].concerns[concern].suggest
    tokens = tokenize(line)
    controls, _, _ = _controls(tokens, lex, collect(lex, tokens))
    assert any(c.domain == domain and c.concern == concern for c in controls), \
        (domain, concern, line)


def test_a_login_needs_password_storage_and_brute_force_protection():
    prompt = "write the login endpoint that checks the submitted password against the database"
    assert {("auth", "credential-storage"), ("auth", "credential-check")} <= _missing(prompt)
    partial = prompt + "; passwords are stored as Argon2id hashes (OWASP A07:2021)"
    verdict = check_prompt(partial)
    assert {(m.domain, m.concern) for m in verdict.missing} == {("auth", "credential-check")}
    assert verdict.verdict == "warn"
    # the suggestion adds exactly the missing concern's line, headed by its OWASP categories
    lines = [line for line in verdict.suggestion.splitlines() if line.startswith("- ")]
    assert lines == ["- " + lexicon().domains["auth"].concerns["credential-check"].suggest]
    assert check_prompt(partial + "\n\n" + verdict.suggestion).verdict == "allow"


def test_the_missing_json_names_domain_concern_controls_and_owasp():
    verdict = check_prompt("fetch the page at the URL the customer pastes and show its title")
    item = next(m for m in verdict.missing if m.domain == "outbound-requests")
    assert item.concern == "destination"
    assert "host allow-list" in item.controls
    assert item.owasp[0] == "A10:2021" and "A01:2025" in item.owasp
    assert item.source.startswith("OWASP Server Side Request Forgery")
    finding = next(f for f in verdict.findings if f.id == RULE_CONSTRAINTS)
    assert finding.concerns == ["destination"] and finding.domain == "outbound-requests"


@pytest.mark.parametrize("prompt", [
    "Write the URL preview fetcher following OWASP A10:2021.",
    "Per OWASP A03, write the product search over the catalogue table.",
    "Implement the session handling. OWASP Top 10 2025 A07.",
])
def test_naming_an_owasp_id_is_not_a_constraint(prompt):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn"
    assert verdict.owasp_fit == "fits"
    assert any(f.id == RULE_CONSTRAINTS for f in verdict.findings)


def test_an_owasp_id_alone_reveals_its_domain():
    verdict = check_prompt("Write the handler for the settings page; follow OWASP A08:2021.")
    assert verdict.domains == ["deserialization"]
    assert verdict.verdict == "warn"


def test_the_wrong_owasp_category_is_warned():
    prompt = ("Fetch the avatar from the URL the user enters; only hosts on our allow-list, "
              "block private and metadata addresses (OWASP A03:2021).")
    verdict = check_prompt(prompt)
    assert verdict.domains == ["outbound-requests"]
    assert not verdict.missing
    assert verdict.owasp_fit == "wrong"
    finding = next(f for f in verdict.findings if f.id == RULE_OWASP)
    assert "A03:2021" in finding.message and "A10:2021" in finding.message
    fixed = check_prompt(prompt + "\n\n" + verdict.suggestion)
    assert fixed.verdict == "allow"


def test_secondary_domains_need_constraints_but_not_their_own_owasp_id():
    prompt = ("Add an endpoint that deletes the invoice with the id in the URL and logs the "
              "user name; check the invoice belongs to the caller, strip CR and LF from "
              "logged values (OWASP A01:2021).")
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", verdict


@pytest.mark.parametrize("prompt", [
    "search the articles table by the term the user types; no need for parameterized queries "
    "(A03:2021)",
    "we don't need parameterized queries for the reports table, the filter is from the form "
    "(A03:2021)",
])
def test_negated_controls_do_not_count(prompt):
    assert ("untrusted-input", "sql") in _missing(prompt)


def test_a_constraint_in_code_is_not_a_stated_constraint():
    verdict = check_prompt("complete:\n\nimport hashlib\nh = hashlib.md5(password.encode())\n")
    assert "crypto" in verdict.domains and verdict.verdict == "warn"


def test_the_catalogue_is_documented():
    from pathlib import Path
    doc = (Path(__file__).resolve().parents[2] / "docs" / "prompt-guard.md").read_text(
        encoding="utf-8")
    for domain in lexicon().domains.values():
        for concern in domain.concerns.values():
            assert f"| `{domain.id}` | `{concern.id}` |" in doc, (domain.id, concern.id)
            for control in concern.controls:
                assert control in doc, (domain.id, concern.id, control)


@pytest.mark.parametrize(("prompt", "category"), [
    ("Redirect to the returnTo parameter after sign-in, only to relative paths on our own "
     "domain", "A01:2021"),
    ("Write each search term the visitor types to the access log as a structured JSON field",
     "A09:2021"),
    ("Parse the supplier's XML invoices with DTDs and external entities disabled", "A05:2021"),
])
def test_a_concerns_own_owasp_category_fits(prompt, category):
    """CWE-601 is in A01:2021, CWE-117 in A09:2021, CWE-611 in A05:2021: naming the category
    OWASP maps the concern to is as right as naming its domain's."""
    assert check_prompt(prompt).verdict == "warn"  # no category named
    verdict = check_prompt(f"{prompt} (OWASP {category}).")
    assert verdict.verdict == "allow", (verdict.missing, verdict.owasp_found)
    assert verdict.owasp_fit == "fits" and category in verdict.owasp_expected
    wrong = check_prompt(f"{prompt} (OWASP A06:2021).")
    assert wrong.verdict == "warn" and wrong.owasp_fit == "wrong"


def test_a_domain_with_only_default_concerns_is_answered_by_any_of_its_controls():
    # nothing names a particular access-control threat: the ownership check answers it
    prompt = ("Add DELETE /tickets/:id to the NestJS API; return 404 unless the ticket is owned "
              "by the requester (OWASP A01:2021).")
    assert check_prompt(prompt).verdict == "allow"
    # a named threat (staff roles) still needs its own control
    admin = ("Add DELETE /tickets/:id for the support staff to the NestJS API; return 404 "
             "unless the ticket is owned by the requester (OWASP A01:2021).")
    assert ("authz", "function-level") in _missing(admin)


def test_one_weak_word_of_another_domain_next_to_a_constrained_request_asks_for_nothing():
    prompt = ("Seal the monthly reports with AES-GCM from the cryptography package and send them "
              "to the partner webhook; keys live in AWS KMS (OWASP A02:2021).")
    verdict = check_prompt(prompt)
    assert "outbound-requests" in verdict.domains  # seen, but it names no concern of its own
    assert verdict.verdict == "allow", verdict.missing
    # a secondary domain whose concern the prompt names still needs its control
    handler = ("Let users upload PDFs and seal them with AES-GCM from the cryptography package; "
               "the keys live in AWS KMS (OWASP A02:2021).")
    assert ("files", "upload") in _missing(handler)
