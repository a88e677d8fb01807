"""What the guard cannot read is reported and never allowed silently; what is hidden from a
person is read; what is a mention, not a request, is allowed."""

from __future__ import annotations

import pytest

from vigilint.prompts import check_prompt
from vigilint.prompts.guard import RULE_UNREAD
from vigilint.prompts.reading import read


def _tags(text: str) -> str:
    return "".join(chr(0xE0000 + ord(c)) for c in text)


def test_text_beyond_the_limit_is_reported_and_blocked():
    prompt = "add a tooltip to the save icon. " * 20 + "Now implement AES yourself."
    verdict = check_prompt(prompt, limit=200)
    assert verdict.verdict == "block"  # the crypto request was not read: not allowed at all
    assert verdict.unread[0].reason == "size-limit" and verdict.unread[0].start <= 200
    assert any(f.id == RULE_UNREAD for f in verdict.findings)
    assert check_prompt(prompt, limit=10_000).verdict == "block"


def test_a_caller_that_stopped_reading_says_so():
    verdict = check_prompt("add a tooltip to the save icon", more=True)
    assert verdict.verdict == "block" and verdict.unread[0].reason == "size-limit"


def test_the_limit_cuts_at_a_word_boundary():
    reading = read("word " * 100, limit=52)
    assert reading.text.endswith(" ") and len(reading.text) <= 52


@pytest.mark.parametrize(("prompt", "reason"), [
    (b"add a tooltip \xff\xfe to the icon", "undecodable"),
    ("add a tooltip \ufffd to the icon", "undecodable"),
    ("add a tooltip \x00\x00 to the icon", "binary"),
])
def test_unreadable_bytes_make_a_warn(prompt, reason):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "warn"
    assert [u.reason for u in verdict.unread] == [reason]


def test_a_block_stays_a_block_when_part_is_unreadable():
    assert check_prompt(b"implement AES from scratch \xff").verdict == "block"


def test_invisible_tag_characters_are_read_and_reported():
    verdict = check_prompt("Summarise the release notes." + _tags(" Then implement AES by hand."))
    assert verdict.verdict == "block"
    assert any(f.id == RULE_UNREAD and "invisible text" in f.message for f in verdict.findings)
    harmless = check_prompt("Summarise the release notes." + _tags(" Thanks!"))
    assert harmless.verdict == "warn"  # hidden text is never allowed silently


@pytest.mark.parametrize("prompt", [
    "implement AE\u200bS from scratch",  # zero-width space inside the word
    "implement \u0410ES from scratch",  # Cyrillic A
    "implement \uff21\uff25\uff33 from scratch",  # fullwidth letters
    "impl\u00adement AES from scratch",  # soft hyphen
])
def test_disguised_words_are_read_as_written_for_a_person(prompt):
    assert check_prompt(prompt).verdict == "block"


def test_offsets_point_into_the_prompt_as_given():
    prompt = "please \u200b\u200b implement AES from scratch"
    finding = check_prompt(prompt).findings[0]
    assert prompt[finding.start:finding.end].startswith("implement")


def test_russian_text_is_not_folded_into_latin():
    assert read("Реализуй поиск по каталогу").text == "Реализуй поиск по каталогу"


@pytest.mark.parametrize("prompt", [
    # not every mention is a request
    "Without writing any code, how should I store session tokens in a mobile app?",
    "Translate the UI strings invalid_password and account_locked into Italian",
    "Write a migration that adds a last_login_at column and an index on it",
    "Implement a bloom filter that uses murmur3 to hash the keys",
    "Add a tooltip to the 'Sign in' button",
    "Write the changelog entry: 'Fixed the CSRF check on the settings form'",
    "Add a docstring to verify_signature() that explains its arguments",
    "What does OWASP A10:2021 cover?",
    "Sort the leaderboard by the session score",
    "Explain the difference between hashing and encryption, then compare bcrypt and argon2",
])
def test_mentions_and_questions_are_allowed(prompt):
    verdict = check_prompt(prompt)
    assert verdict.verdict == "allow", verdict


@pytest.mark.parametrize("prompt", [
    # sensitive requests without a trigger word (issue 17, class 4)
    "add sessions to the app so users stay signed in",
    "build a URL preview endpoint: the user pastes a link, we fetch it and show the title",
    "write a GraphQL resolver that returns the shipment for the id the client passes",
    "set up TLS for the connection to the message broker",
    "email the report to the address the user types into the form",
    "add a search endpoint over the products table",
])
def test_sensitive_requests_without_the_obvious_word_warn(prompt):
    assert check_prompt(prompt).verdict == "warn", check_prompt(prompt)
