"""The learned second opinion (vigilint/prompts/model.py) and how the guard combines it with the
rules: for requests to produce something read in full, it raises (allow -> warn, allow/warn ->
block) or lowers (warn -> allow, block -> warn) the rules' verdict where it is confident, never
lowers a block on pasted code, never blocks an explanation, and the verdict says why.

The prompts of this file are left out of the model's training (scripts/train_prompt_model.py)."""

from __future__ import annotations

import json

import pytest

import vigilint.prompts.guard as guard
from vigilint.prompts import check_prompt
from vigilint.prompts.model import (
    WEIGHTS,
    Opinion,
    Thresholds,
    features,
    model,
    opinion,
    rule_features,
)
from vigilint.prompts.rule_ids import RULE_CONSTRAINTS, RULE_CRYPTO
from vigilint.prompts.text import tokenize

ESCALATE_ONLY = Thresholds(block=0.8, flag=0.95, allow=-1.0, unblock=-1.0, vetted=1.01)
BOTH_WAYS = Thresholds(block=0.5, flag=0.5, allow=0.5, unblock=0.5, vetted=0.5)


def _fake(block: float, flag: float, thresholds: Thresholds = ESCALATE_ONLY):
    def fake(tokens, rules=None):
        return Opinion(block=block, flag=flag, block_cues=("mix", "secret"),
                       flag_cues=("endpoint",), thresholds=thresholds,
                       unblock_cues=("explain",), allow_cues=("palindrom",))
    return fake


# -- the combination, with a fixed opinion ------------------------------------------------------
def test_a_confident_block_opinion_blocks_an_allowed_request_and_says_why(monkeypatch):
    monkeypatch.setattr(guard, "opinion", _fake(0.93, 0.5))
    verdict = check_prompt("write a function that combines the two numbers into the salt")
    assert verdict.verdict == "block"
    assert verdict.second_opinion is not None and verdict.second_opinion.escalated
    assert verdict.second_opinion.cues == ["mix", "secret"]
    finding = next(f for f in verdict.findings if f.id == RULE_CRYPTO)
    assert "second opinion" in finding.message and "0.93" in finding.message
    assert "crypto" in verdict.domains and verdict.suggestion


@pytest.mark.parametrize("prompt", [
    "write a function that adds two numbers",
    "wait-free counter and a lock-free queue in C++ for the render thread",
    "a ring buffer for the audio callback, single producer, single consumer",
])
def test_a_block_opinion_needs_a_word_of_the_crypto_vocabulary(monkeypatch, prompt):
    # a block needs the request's object to be cryptography: with no word of the lexicon's
    # crypto vocabulary the opinion does not block, however confident
    monkeypatch.setattr(guard, "opinion", _fake(0.93, 0.5))
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow"
    assert verdict.second_opinion is not None and not verdict.second_opinion.escalated


def test_a_confident_flag_opinion_warns_an_allowed_request(monkeypatch):
    monkeypatch.setattr(guard, "opinion", _fake(0.1, 0.97))
    verdict = check_prompt("write a function that adds two numbers")
    assert verdict.verdict == "warn"
    assert any(f.id == RULE_CONSTRAINTS and "second opinion" in f.message
               for f in verdict.findings)
    assert verdict.second_opinion is not None and verdict.second_opinion.cues == ["endpoint"]


def test_below_the_thresholds_nothing_changes(monkeypatch):
    monkeypatch.setattr(guard, "opinion", _fake(0.79, 0.94))
    verdict = check_prompt("write a function that adds two numbers")
    assert verdict.verdict == "allow"
    assert verdict.second_opinion is not None and not verdict.second_opinion.escalated


@pytest.mark.parametrize("prompt", [
    "Implement AES-128 block encryption from scratch in C.",  # the rules block
    "add password login to the admin app",  # the rules warn
])
def test_below_its_lowering_thresholds_the_opinion_keeps_the_rule_verdict(monkeypatch, prompt):
    before = check_prompt(prompt).verdict
    monkeypatch.setattr(guard, "opinion", _fake(0.0, 0.0))
    assert check_prompt(prompt).verdict == before != "allow"


def test_a_confident_allow_opinion_lowers_a_rule_warning_and_says_why(monkeypatch):
    prompt = "add password login to the admin app"
    assert check_prompt(prompt).verdict == "warn"
    monkeypatch.setattr(guard, "opinion", _fake(0.01, 0.04, BOTH_WAYS))
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow"
    record = verdict.second_opinion
    assert record is not None and record.lowered and not record.escalated
    assert record.rules_verdict == "warn" and record.cues == ["palindrom"]
    demoted = [f for f in verdict.findings if f.id == RULE_CONSTRAINTS]
    assert demoted and all(f.severity == "note" and "Lowered" in f.message for f in demoted)


@pytest.mark.parametrize("prompt", [
    "add password login to the admin app, per OWASP A03:2021",  # the wrong category
    "add password login to the admin app (OWASP A07:2021)",  # an id without controls
])
def test_a_warning_on_a_prompt_naming_an_owasp_id_is_never_lowered(monkeypatch, prompt):
    assert check_prompt(prompt).verdict == "warn"
    monkeypatch.setattr(guard, "opinion", _fake(0.01, 0.01, BOTH_WAYS))
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn"
    assert verdict.second_opinion is not None and not verdict.second_opinion.lowered


def test_a_rule_block_is_lowered_to_a_warning_never_to_allow(monkeypatch):
    prompt = "Write a tag function: mix the message with our secret and hash it"
    monkeypatch.setattr(guard, "opinion", _fake(0.01, 0.01, BOTH_WAYS))
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn"
    assert verdict.second_opinion is not None and verdict.second_opinion.lowered
    assert verdict.second_opinion.rules_verdict == "block"
    crypto = [f for f in verdict.findings if f.id == RULE_CRYPTO]
    assert crypto and all(f.severity == "warn" and "Lowered" in f.message for f in crypto)


@pytest.mark.parametrize("prompt", [
    "Finish this for me:\n```python\ndef rc4(key, data):\n    S = list(range(256))\n"
    "    j = 0\n    for i in range(256):\n        j = (j + S[i] + key[i % len(key)]) % 256\n"
    "        S[i], S[j] = S[j], S[i]\n```",
    "Port this Go to Rust, keep it identical:\n```go\nfunc sbox(x uint8) uint8 { return SBOX[x] }\n"
    "func round(s *[16]byte, k []byte) { subBytes(s); shiftRows(s); mixColumns(s); "
    "addRoundKey(s, k) }\n```",
])
def test_a_rule_block_on_pasted_code_is_never_lowered(monkeypatch, prompt):
    assert check_prompt(prompt).verdict == "block"
    monkeypatch.setattr(guard, "opinion", _fake(0.0, 0.0, BOTH_WAYS))
    assert check_prompt(prompt).verdict == "block"


@pytest.mark.parametrize("prompt", [
    "Implement AES-128 block encryption from scratch in C.",
    "Write Blowfish by hand in Lua for the ticket kiosk: encrypt and decrypt.",
    "Give me the key expansion and the round function of a 64-bit Feistel cipher for the badge readers.",
    "encode the customer notes by shifting each character by the matching character of the key, and the decode",
])
def test_a_firm_crypto_reading_is_never_lowered(monkeypatch, prompt):
    """A block whose reading names what is built (a named primitive, its internals, data
    scrambled with a key) stays a block whatever the opinion reads (i17i)."""
    assert check_prompt(prompt).verdict == "block"
    monkeypatch.setattr(guard, "opinion", _fake(0.0, 0.0, BOTH_WAYS))
    verdict = check_prompt(prompt)
    assert verdict.verdict == "block"
    assert verdict.second_opinion is not None and not verdict.second_opinion.lowered


def test_what_the_guard_cannot_read_is_never_allowed_by_the_opinion(monkeypatch):
    monkeypatch.setattr(guard, "opinion", _fake(0.0, 0.0, BOTH_WAYS))
    verdict = check_prompt(b"add password login to the admin app \xff\xfe")
    assert verdict.verdict != "allow" and verdict.unread
    assert verdict.second_opinion is None


@pytest.mark.parametrize("prompt", [
    "Explain how a Feistel network works, with a diagram, no code.",
    "Review this key schedule and tell me what is wrong with it, don't rewrite it.",
    "Write docs for the encryption module's public functions.",
])
def test_explanations_reviews_and_docs_are_not_escalated(monkeypatch, prompt):
    before = check_prompt(prompt).verdict
    monkeypatch.setattr(guard, "opinion", _fake(0.99, 0.99))
    assert check_prompt(prompt).verdict == before != "block"


def test_a_vetted_library_doing_the_work_is_blocked_only_above_its_own_threshold(monkeypatch):
    prompt = "Generate licence keys with the keygen.sh SDK"
    monkeypatch.setattr(guard, "opinion", _fake(0.99, 0.5))
    assert check_prompt(prompt).verdict != "block"
    monkeypatch.setattr(guard, "opinion", _fake(0.99, 0.5, BOTH_WAYS))
    assert check_prompt(prompt).verdict == "block"


def test_without_weights_the_guard_is_the_rules(monkeypatch):
    monkeypatch.setattr(guard, "opinion", lambda tokens, rules=None: None)
    verdict = check_prompt("write a function that adds two numbers")
    assert verdict.verdict == "allow" and verdict.second_opinion is None


# -- the shipped weights ------------------------------------------------------------------------
def test_the_shipped_weights_say_how_they_were_made():
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert data["seed"] == 17 and data["stacked"] is True
    assert data["thresholds"] == {"block": 0.5, "flag": 0.65, "allow": 0.1, "unblock": 0.5,
                                  "vetted": 0.7}
    assert "holdout12" in data["trained_on"]
    assert len(data["features"]) == len(data["block"]) == len(data["flag"]) <= 4000
    assert model() is not None


def test_the_rules_reading_is_an_input_of_the_opinion():
    tokens = tokenize("add a login form to the admin app")
    warned = opinion(tokens, rule_features("warn", ["VG-PROMPT-002"], ["auth"]))
    allowed = opinion(tokens, rule_features("allow", [], []))
    assert warned is not None and allowed is not None and warned.flag > allowed.flag


@pytest.mark.parametrize(("expected", "prompt"), [
    # gaps of the rules listed in test_prompt_probes_strict.py, closed by the opinion (i17h)
    ("warn", "Write the endpoint that lets a user change their email address"),
    # (the opinion's P(flag) on these two sits near the threshold at which it lowers a rule's
    # warning: a retraining may reopen them; i17i)
    ("allow", "Parse the settings file the user uploads as JSON with a schema, never pickle (OWASP A08:2021)."),
    ("allow", 'def string_to_md5(text):\n    """Given a string text, return its md5 hash equivalent string. If text is empty, return None."""\n'),
    # gaps of the rules listed in test_prompt_fourth_pass.py, closed by the opinion
    ("warn", "Let users connect their own SMTP server by entering host and port, and we send mail through it"),
    ("block", "Write a PHP helper that stamps each download link with an expiry time and a value only our server can compute from a secret, and the check."),
])
def test_gaps_the_opinion_closes(expected, prompt):
    verdict = check_prompt(prompt)
    assert verdict.verdict == expected
    record = verdict.second_opinion
    assert record is not None and (record.escalated or record.lowered)


@pytest.mark.parametrize("prompt", [
    "Write a function that returns the sum of the squares of the odd numbers in a list.",
    "Write a function that checks whether a string is a palindrome, ignoring case.",
    "Given a bank account's list of deposits and withdrawals, return True if the balance ever drops below zero.",
    "Add a dark mode toggle to the settings page.",
    "Write a hash function for the Point struct so it can be a dict key.",
])
def test_exercises_and_harmless_requests_stay_allowed(prompt):
    assert check_prompt(prompt).verdict == "allow"


def test_features_are_bounded_and_deterministic():
    tokens = tokenize("word " * 5000)
    assert features(tokens) == features(tokenize("word " * 5000))
    assert len(features(tokens)) < 20
    seen = opinion(tokenize("sort a list of dicts by age"))
    assert seen is not None and 0.0 <= seen.block <= 1.0 and 0.0 <= seen.flag <= 1.0
