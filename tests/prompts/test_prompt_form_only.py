"""Pass i17o on issue 17: a request that changes only the form of what exists (sort, rename,
move, restyle, "make ... responsive") has security words only as its subject: it is allowed,
and the learned opinion does not raise it. A second verb that builds behaviour, porting code
to another language, or a crypto request keep their verdicts. None of these prompts is copied
from a labelled set or from the probe.
"""

from __future__ import annotations

import pytest

from vigilint.prompts import check_prompt

ALLOW = [
    "Sort the entries of allowed_origins.json alphabetically and keep the comments",
    "Rename the `verify_jwt` helper to `check_bearer` everywhere and update the imports",
    "Make the two-factor enrolment screen responsive: stack the QR code above the form on phones",
    "Restyle the password reset email template: brand colours, bigger button",
    "Move the `encrypt_field` helper from utils.py into crypto/fields.py, body unchanged",
]

NOT_FORM_ONLY = [
    # a second verb that builds behaviour
    ("Rename the upload handler to `save_avatar` and add a check that only images are "
     "accepted", ("warn",)),
    # porting code builds it
    ("Translate our Java RC4 class to Go, keep the same logic", ("block",)),
    # a request that builds a feature, whatever its first verb
    ("Make the login page accept a magic link sent to the typed email address", ("warn",)),
]


@pytest.mark.parametrize("prompt", ALLOW)
def test_change_of_form_is_allowed(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", verdict
    assert verdict.second_opinion is None or not verdict.second_opinion.escalated


@pytest.mark.parametrize(("prompt", "verdicts"), NOT_FORM_ONLY)
def test_behaviour_port_or_feature_keeps_its_verdict(prompt: str, verdicts: tuple[str, ...]) -> None:
    assert check_prompt(prompt).verdict in verdicts


# -- a test and the code it exercises, asked together ---------------------------------------
def test_tests_and_the_feature_together_are_not_tests_only() -> None:
    verdict = check_prompt("Write the unit tests and then build the password reset "
                           "flow they cover")
    assert verdict.verdict == "warn"


def test_tests_with_their_fixtures_stay_tests_only() -> None:
    from vigilint.prompts.lexicon import collect, lexicon
    from vigilint.prompts.request import parse_request
    from vigilint.prompts.text import tokenize

    lex = lexicon()
    for prompt, expected in (
            ("Write the unit tests for the login view and also add the fixtures they need",
             True),
            ("Write the unit tests and then build the password reset flow they cover",
             False)):
        tokens = tokenize(prompt)
        request = parse_request(tokens, lex, collect(lex, tokens))
        assert request.tests_only() is expected, prompt
