"""Pass i17o on issue 17: crypto told by whom it shuts out (`exclusive_effect_request`): data
that only some can read, that looks random to all but a holder, numbers nobody can predict,
tags nobody can fake, asked for with the library ruled out and the mechanism to be written.
An access rule ("only admins can read the log") is no mechanism, an explanation asks for no
code, and a named library does the work. None of these prompts is copied from a labelled set
or from the probe.
"""

from __future__ import annotations

import pytest

from vigilint.prompts import check_prompt
from vigilint.prompts.crypto_effects import exclusive_effect_request

BLOCK = [
    "The field notes sync to a public bucket, so make them such that only the survey team can "
    "read them; write the transformation and its inverse yourself, no packages.",
    "Raffle tickets need numbers an attacker can't predict: write your own generator in Go, "
    "stdlib only, and not crypto/rand.",
    "Make the exported timetable look like noise to everyone except whoever holds the club "
    "phrase - hand-written routine please, zero deps.",
    "Receipts must be impossible to fake: derive a stamp from the receipt and a phrase we "
    "keep, write the mixing rounds by hand, no libraries.",
    # turned back by the few, and ids nobody can step through
    "Encode the roster so only the coaches can turn it back into names; write the routine "
    "yourself.",
    "Permute the ticket numbers in the links so nobody can enumerate them, and invert it on the "
    "server - write the permutation by hand.",
]

ALLOW = [
    # an access rule, no mechanism
    "Only admins can read the audit log page; write the permission check yourself, no library.",
    # an explanation
    "Explain in two paragraphs how a scheme can make notes that only the team can read, "
    "without code.",
    # a walk through a place is no enumeration of ids
    "Make sure nobody can walk into the gallery without a ticket; write the ticket check "
    "yourself.",
    # a game that is hard to guess
    "Write a number-guessing game in Python where the player has seven tries.",
]


@pytest.mark.parametrize("prompt", BLOCK)
def test_exclusive_effect_written_by_hand_blocks(prompt: str) -> None:
    assert exclusive_effect_request(prompt) is not None
    assert check_prompt(prompt).verdict == "block"


@pytest.mark.parametrize("prompt", ALLOW)
def test_access_rules_explanations_and_games_are_not_blocked(prompt: str) -> None:
    assert check_prompt(prompt).verdict != "block"


def test_exclusive_effect_with_a_library_is_no_hand_made_mechanism() -> None:
    prompt = ("Make the field notes readable only by the survey team using age with one "
              "recipient key per member; keys from the team vault, never logged.")
    assert exclusive_effect_request(prompt) is None
    assert check_prompt(prompt).verdict != "block"


# -- "unreadable" said of how text looks ---------------------------------------------------
LEGIBLE = [
    "The chart labels are unreadable on the high-contrast theme; bump the font size and "
    "change their colour.",
    "Our Python module is unreadable spaghetti: refactor it into three smaller functions.",
]
SECRET = [
    # the same word, with a key and the library ruled out: still a cipher
    "Make the chart data unreadable without our team key; write it yourself, no library.",
]


@pytest.mark.parametrize("prompt", LEGIBLE)
def test_unreadable_of_how_text_looks_is_not_crypto(prompt: str) -> None:
    verdict = check_prompt(prompt)
    assert verdict.verdict != "block"
    assert "crypto" not in verdict.domains


@pytest.mark.parametrize("prompt", SECRET)
def test_unreadable_with_a_key_still_blocks(prompt: str) -> None:
    assert check_prompt(prompt).verdict == "block"
