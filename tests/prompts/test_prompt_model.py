"""The learned second opinion (vigilint/prompts/model.py) and how the guard combines it with the
rules: it only escalates (allow -> warn, allow/warn -> block), only for requests to produce
something, never where a vetted library does the work, and the verdict says why.

The prompts of this file are left out of the model's training (scripts/train_prompt_model.py)."""

from __future__ import annotations

import json

import pytest

import vigilint.prompts.guard as guard
from vigilint.prompts import check_prompt
from vigilint.prompts.model import WEIGHTS, Opinion, features, model, opinion
from vigilint.prompts.rule_ids import RULE_CONSTRAINTS, RULE_CRYPTO
from vigilint.prompts.text import tokenize


def _fake(block: float, flag: float):
    def fake(tokens):
        return Opinion(block=block, flag=flag, block_cues=("mix", "secret"),
                       flag_cues=("endpoint",), thresholds=(0.8, 0.95))
    return fake


# -- the combination, with a fixed opinion ------------------------------------------------------
def test_a_confident_block_opinion_blocks_an_allowed_request_and_says_why(monkeypatch):
    monkeypatch.setattr(guard, "opinion", _fake(0.93, 0.5))
    verdict = check_prompt("write a function that adds two numbers")
    assert verdict.verdict == "block"
    assert verdict.second_opinion is not None and verdict.second_opinion.escalated
    assert verdict.second_opinion.cues == ["mix", "secret"]
    finding = next(f for f in verdict.findings if f.id == RULE_CRYPTO)
    assert "second opinion" in finding.message and "0.93" in finding.message
    assert "crypto" in verdict.domains and verdict.suggestion


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
def test_the_opinion_never_lowers_a_rule_verdict(monkeypatch, prompt):
    before = check_prompt(prompt).verdict
    monkeypatch.setattr(guard, "opinion", _fake(0.0, 0.0))
    assert check_prompt(prompt).verdict == before != "allow"


@pytest.mark.parametrize("prompt", [
    "Explain how a Feistel network works, with a diagram, no code.",
    "Review this key schedule and tell me what is wrong with it, don't rewrite it.",
    "Write docs for the encryption module's public functions.",
])
def test_explanations_reviews_and_docs_are_not_escalated(monkeypatch, prompt):
    before = check_prompt(prompt).verdict
    monkeypatch.setattr(guard, "opinion", _fake(0.99, 0.99))
    assert check_prompt(prompt).verdict == before != "block"


def test_a_vetted_library_doing_the_work_is_not_blocked_by_the_opinion(monkeypatch):
    monkeypatch.setattr(guard, "opinion", _fake(0.99, 0.5))
    assert check_prompt("Generate licence keys with the keygen.sh SDK").verdict != "block"


def test_without_weights_the_guard_is_the_rules(monkeypatch):
    monkeypatch.setattr(guard, "opinion", lambda tokens: None)
    verdict = check_prompt("write a function that adds two numbers")
    assert verdict.verdict == "allow" and verdict.second_opinion is None


# -- the shipped weights ------------------------------------------------------------------------
def test_the_shipped_weights_say_how_they_were_made():
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert data["seed"] == 17 and data["thresholds"] == [0.8, 0.95]
    assert len(data["features"]) == len(data["block"]) == len(data["flag"]) <= 4000
    assert model() is not None


@pytest.mark.parametrize(("expected", "prompt"), [
    # gaps of the rules listed in test_prompt_fourth_pass.py, closed by the opinion
    ("warn", "Let users connect their own SMTP server by entering host and port, and we send mail through it"),
    ("block", "api keys: base36 of Math.random() * 1e16 concatenated with Date.now()"),
    ("block", "Write a PHP helper that stamps each download link with an expiry time and a value only our server can compute from a secret, and the check."),
])
def test_gaps_the_opinion_closes(expected, prompt):
    verdict = check_prompt(prompt)
    assert verdict.verdict == expected
    assert verdict.second_opinion is not None and verdict.second_opinion.escalated


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
