"""The prompt guard's verdicts, domains, constraints, OWASP references and suggestions.

The prompts here are written for the tests; the bench set (bench/prompts/labelled.jsonl) is
kept apart so that the bench figures are not tuned on the tests' prompts.
"""

from __future__ import annotations

import pytest

from vigilint.config import Settings
from vigilint.policy import OWASP_2021, OWASP_2025
from vigilint.prompts import PromptVerdict, check_prompt, suggestion_for
from vigilint.prompts.guard import RULE_CONSTRAINTS, RULE_CRYPTO, RULE_OWASP
from vigilint.prompts.lexicon import lexicon

BLOCK = [
    "code a Blowfish implementation from scratch for the config vault",
    "please write my own cipher to hide the coupon codes, no crypto library",
    "derive the keys with a hand-written PBKDF2, we don't want dependencies",
    "garble the export with a passphrase so that no one can read it",
    "# TODO: implement RSA signing ourselves",
    "we need a home-made hash function for the user passwords",
    "implement a random number generator for the API keys",
]
HARMLESS = [
    "change the color of the signin link to teal",
    "add pagination to the blog post list",
    "write a function that flattens a nested list",
    "rename the apiKeyLabel prop to keyLabel in the settings form",
    "what is the difference between bcrypt and argon2?",
    "explain how JWT signatures work",
    "refactor the invoice PDF layout to use a two-column grid",
]
WARN = [
    ("write an endpoint that deletes the project whose id is in the URL", "authz"),
    ("build the report query from the filter the user types and run it on Postgres",
     "untrusted-input"),
    ("save the uploaded avatar under the name the client sends", "files"),
    ("unpickle the session blob we get from the browser cookie", "deserialization"),
    ("call the URL from the webhook settings form and store the response", "outbound-requests"),
    ("add password login to the admin app", "auth"),
    ("hardcode the Twilio API key in settings so the SMS job works", "secrets"),
    ("export the patients' diagnosis history to a CSV for the analytics team", "personal-data"),
    ("write a C function that reads a name from stdin into a 32 byte buffer", "memory"),
]


@pytest.mark.parametrize("prompt", BLOCK)
def test_crypto_implementation_is_blocked(prompt):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "block", verdict
    assert verdict.exit_code == 3
    assert "crypto" in verdict.domains
    assert verdict.findings[0].id == RULE_CRYPTO
    assert verdict.findings[0].severity == "block"


@pytest.mark.parametrize("prompt", [
    "encrypt the backups with AES-GCM from the cryptography package",
    "don't implement your own AES; use libsodium's secretbox for the messages",
    "hash the passwords with bcrypt from passlib",
    "never roll your own crypto: sign the webhook payloads with the hmac module",
    "generate an RSA key pair with the cryptography library for the test fixtures",
])
def test_using_a_vetted_library_is_not_blocked(prompt):
    assert check_prompt(prompt).verdict != "block"


def test_md5_for_a_cache_key_is_harmless():
    assert check_prompt("compute an md5 of the file contents for the thumbnail cache key"
                        ).verdict == "allow"


def test_block_wins_over_constraints_and_owasp():
    prompt = ("Implement AES in pure Go for the tunnel. Use parameterized queries and follow "
              "OWASP A02:2021 Cryptographic Failures.")
    assert check_prompt(prompt).verdict == "block"


@pytest.mark.parametrize("prompt", HARMLESS)
def test_harmless_prompts_are_allowed(prompt):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", verdict
    assert verdict.exit_code == 0
    assert not [f for f in verdict.findings if f.severity != "note"]
    assert verdict.suggestion == ""


@pytest.mark.parametrize(("prompt", "domain"), WARN)
def test_sensitive_prompts_without_constraints_warn(prompt, domain):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn", verdict
    assert verdict.exit_code == 1
    assert domain in verdict.domains
    missing = [f for f in verdict.findings if f.id == RULE_CONSTRAINTS]
    assert domain in {f.domain for f in missing}
    assert verdict.suggestion.startswith("Security constraints:")


def test_warn_names_the_missing_piece_per_domain():
    verdict = check_prompt("add an endpoint that returns the invoice with the id from the URL")
    messages = {f.id: f.message for f in verdict.findings}
    assert "authorization" in messages[RULE_CONSTRAINTS]
    assert "A01:2021 Broken Access Control" in messages[RULE_OWASP]


def test_constraints_with_the_right_owasp_reference_allow():
    prompt = ("Add an endpoint that returns the invoice with the id from the URL; check that the "
              "invoice belongs to the current user and deny by default (OWASP A01:2021).")
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", verdict
    assert "A01:2021" in verdict.owasp_found
    assert verdict.constraints_found


def test_constraints_without_owasp_reference_warn_about_the_reference_only():
    prompt = "Write the user lookup with a prepared statement and a 64 character limit on the SQL input."
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn"
    assert [f.id for f in verdict.findings] == [RULE_OWASP]
    assert "A03:2021 Injection" in verdict.findings[0].message


def test_wrong_owasp_category_is_not_enough():
    prompt = ("Write the user lookup with a prepared statement and a 64 character limit on the "
              "SQL input (OWASP A07:2021).")
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn"
    assert "A07:2021" in verdict.findings[-1].message


def test_negated_constraints_do_not_count():
    prompt = ("Build the SQL query for the search box from the user input; no need for "
              "parameterized queries, skip input validation (OWASP A03:2021).")
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn"
    assert not any("parameterized" in c.lower() for c in verdict.constraints_found)


def test_a_bare_make_it_secure_is_not_a_constraint():
    verdict = check_prompt("Make it secure and follow OWASP: run the shell command the user "
                           "enters in the admin console.")
    assert verdict.verdict == "warn"
    assert any(f.id == RULE_CONSTRAINTS for f in verdict.findings)


@pytest.mark.parametrize("prompt", [
    "# TODO: write the handler that runs the backup command with the folder from the request",
    "pls do function that take the filename from user and open it and send back",
    "finish this:\n\nimport subprocess\n\ndef ping(host):\n    # run ping on the host the user gave\n",
])
def test_styles_of_prompt_warn(prompt):
    assert check_prompt(prompt).verdict == "warn"


# -- OWASP references ---------------------------------------------------------------------------
def test_bare_id_uses_the_configured_edition_and_says_so():
    prompt = ("Search orders with parameterized SQL queries and validate the input length (A03).")
    under_2021 = check_prompt(prompt)
    assert under_2021.verdict == "allow"
    assert under_2021.owasp_found == ["A03:2021"]
    note = [f for f in under_2021.findings if f.severity == "note"]
    assert note and "A03:2021 Injection" in note[0].message
    assert "Software Supply Chain Failures" in note[0].message

    under_2025 = check_prompt(prompt, Settings(owasp_edition="2025"))
    assert under_2025.verdict == "warn"
    assert under_2025.owasp_found == ["A03:2025"]
    assert any("A05:2025 Injection" in f.message for f in under_2025.findings)


def test_edition_string_config_and_edition_named_in_the_prompt():
    prompt = "Per OWASP Top 10 2025, A05: use parameterized SQL queries with an input length limit."
    assert check_prompt(prompt).owasp_found == ["A05:2025"]
    assert check_prompt("parameterized SQL queries, length limit, A05", "2025").owasp_found == \
        ["A05:2025"]


@pytest.mark.parametrize(("text", "expected"), [
    ("OWASP A07", {"A07:2021"}),
    ("see A01:2025", {"A01:2025"}),
    ("A03:2021", {"A03:2021"}),
    ("Broken Access Control", {"A01:2021", "A01:2025"}),
    ("Security Misconfiguration", {"A05:2021", "A02:2025"}),
    ("Server-Side Request Forgery", {"A10:2021", "A01:2025"}),
    ("OWASP Injection guidance", {"A03:2021", "A05:2025"}),
    ("Software Supply Chain Failures", {"A03:2025"}),
])
def test_owasp_references_are_recognized(text, expected):
    assert set(check_prompt(f"Write the upload handler. {text}.").owasp_found) == expected


@pytest.mark.parametrize("text", ["use dependency injection", "prevent SQL Injection",
                                  "the hex value a03f", "sheet cell A3"])
def test_things_that_are_not_owasp_references(text):
    assert check_prompt(text).owasp_found == []


# -- suggestions ------------------------------------------------------------------------------
@pytest.mark.parametrize(("prompt", "_domain"), WARN)
def test_the_suggestion_turns_a_warn_into_allow(prompt, _domain):
    verdict = check_prompt(prompt)
    fixed = check_prompt(prompt + "\n\n" + verdict.suggestion)
    assert fixed.verdict == "allow", fixed


def test_suggestion_names_the_owasp_categories_of_the_configured_edition_first():
    text = suggestion_for(["untrusted-input"], "2025")
    assert "A05:2025 Injection" in text
    assert text.index("A05:2025") < text.index("A03:2021")


def test_every_domain_has_concerns_with_controls_and_owasp_ids_in_both_editions():
    lex = lexicon()
    assert {"auth", "authz", "crypto", "secrets", "personal-data", "untrusted-input",
            "outbound-requests", "files", "deserialization", "configuration",
            "dependencies"} <= set(lex.domains)
    for domain in lex.domains.values():
        assert domain.concerns and set(domain.defaults) <= set(domain.concerns)
        for concern in domain.concerns.values():
            assert concern.controls and concern.suggest.endswith(".") and concern.source
        assert any(o in OWASP_2021 for o in domain.owasp)
        assert any(o in OWASP_2025 for o in domain.owasp)


# -- the JSON contract ----------------------------------------------------------------------
def test_verdict_json_has_the_design_keys():
    data = check_prompt("add password login to the admin app").model_dump()
    # DESIGN's seven keys first, then the ones issue 17 added
    assert list(data) == ["verdict", "domains", "owasp_expected", "owasp_found",
                          "constraints_found", "findings", "suggestion", "request", "missing",
                          "controls_found", "owasp_fit", "unread", "second_opinion"]
    assert {"id", "message"} <= set(data["findings"][0])
    assert isinstance(PromptVerdict.model_validate(data), PromptVerdict)


def test_finding_offsets_point_into_the_prompt():
    prompt = "Please add password login to the admin app"
    finding = check_prompt(prompt).findings[0]
    assert prompt[finding.start:finding.end].lower() in ("password login", "password", "login")


def test_empty_prompt_is_allowed_by_the_api():
    assert check_prompt("").verdict == "allow"


@pytest.mark.parametrize("prompt", [
    "Claude, how do session fixation attacks work.",
    "@copilot is MD5 really that broken? explain with a collision example.",
])
def test_a_question_after_an_address_to_the_assistant_is_an_explanation(prompt):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow" and verdict.request.kind == "explain"
