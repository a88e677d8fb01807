"""Filters, entropy and redaction as pure functions."""

from __future__ import annotations

import os
import stat

import pytest

from vigilint.analyzers.secrets import filters, redaction
from vigilint.analyzers.secrets.entropy import charset, is_random_looking, shannon
from vigilint.analyzers.secrets.scanner import classify


def test_shannon_and_charsets():
    assert shannon("") == 0.0
    assert shannon("aaaa") == 0.0
    assert shannon("ab") == 1.0
    assert charset("deadbeef0123") == "hex"
    assert charset("Zq8mK2vL9pX4") == "alnum"
    assert charset("Zq8m+K2v/L9p=") == "base64"
    assert charset("Zq8m!K2v") == "any"


@pytest.mark.parametrize(("value", "random"), [
    ("9f86d081884c7d659a2feaa0c55ad015", True),
    ("Zq8mK2vL9pX4wR7tY1nB5cD3", True),
    ("aaaaaaaabbbbbbbbcccccccc", False),
    ("passwordpassword", False),
    ("short", False),
])
def test_random_looking_uses_per_charset_thresholds(value, random):
    assert is_random_looking(value) is random


@pytest.mark.parametrize(("value", "verdict"), [
    ("xxxxxxxxxxxxxxxx", "drop"), ("****************", "drop"), ("0000000000000000", "drop"),
    ("${API_KEY}", "drop"), ("{{ api_key }}", "drop"), ("%(password)s", "drop"),
    ("<your-key>", "drop"), ("your_api_key_here", "drop"), ("replace-me", "drop"),
    ("AKIAIOSFODNN7EXAMPLE", "example"), ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "example"),
    ("sk-example-0a1b2c3d4e5f", "example"),
    ("abc...", "drop"), ("ops_eyJzaWdu..[Redacted]", "drop"),
    ("changeme", "instruction"), ("changeit", "instruction"),
    ("SuperSecret123!", "placeholder"), ("abc123abc123abc123", "placeholder"),
    ("1234567890ABCDEF", "placeholder"), ("fake-key-for-demo", "placeholder"),
    ("Zq8mK2vL9pX4wR7tY1nB5cD3", None),
])
def test_classify_draws_the_placeholder_line(value, verdict):
    assert classify(value) == verdict


def test_reference_and_value_predicates():
    assert filters.is_env_lookup('os.environ["X"]') and filters.is_env_lookup("process.env.X")
    assert filters.is_code_reference("settings.DB_PASSWORD")
    assert filters.is_code_reference("get_secret()")
    assert not filters.is_code_reference("Zq8mK2vL9pX4")
    assert filters.is_code_reference("Record<string,")  # a TypeScript generic type
    assert not filters.is_code_reference("Zq8mK2v<L9pX4")
    assert filters.is_uuid("5b0f2f6e-8a0c-4b8e-9f8e-6c2e1f0a9d3b")
    assert filters.is_hex_digest("da39a3ee5e6b4b0d3255bfef95601890afd80709")
    assert filters.is_lock_file("web/package-lock.json") and filters.is_lock_file("go.sum")
    assert filters.is_doc_path("docs/setup.md") and filters.is_doc_path(".env.example")
    assert filters.password_part_ok("deploy:Zq8mK2vL9pX4")
    assert not filters.password_part_ok("user:pass")
    assert not filters.password_part_ok("admin:${PASSWORD}")


def test_mask_keeps_at_most_four_characters():
    assert redaction.mask("sk_live_Zq8mK2vL9pX4wR7tY1nB") == "sk_l" + redaction.MASK
    assert redaction.mask("Zq8mK2vL9") == "Zq" + redaction.MASK
    assert redaction.mask("hunter2") == redaction.MASK


def test_redact_masks_every_line_of_a_multiline_secret():
    body = ["Q9vT3xLmP0aZ7rK2wB8nY4cD6fH1jS5g", "U0eR3tI9oW2qE7Lm8Xr4Tz6Wn2Kp9Bc5"]
    secret = "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END RSA PRIVATE KEY-----"
    snippet = 'KEY = """-----BEGIN RSA PRIVATE KEY-----\n' + body[0] + "\n" + body[1][:20]
    out = redaction.redact(snippet, (secret,))
    assert body[0] not in out and body[1][:20] not in out and "BEGIN RSA PRIVATE KEY" in out
    escaped = '"private_key": "-----BEGIN PRIVATE KEY-----\\n' + body[0] + '\\n"'
    assert body[0] not in redaction.redact(escaped, (secret,))


def test_fingerprint_is_an_hmac_with_the_configured_key(monkeypatch):
    monkeypatch.setenv(redaction.KEY_ENV, "ci-key")
    one = redaction.fingerprint("Zq8mK2vL9pX4")
    assert one == redaction.fingerprint("Zq8mK2vL9pX4") and len(one) == 32
    monkeypatch.setenv(redaction.KEY_ENV, "other-key")
    assert redaction.fingerprint("Zq8mK2vL9pX4") != one
    import hashlib

    assert one != hashlib.sha256(b"Zq8mK2vL9pX4").hexdigest()[:32]


def test_key_file_is_created_private_once(monkeypatch, tmp_path):
    monkeypatch.delenv(redaction.KEY_ENV, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    redaction._file_key.cache_clear()
    first = redaction.hmac_key()
    path = tmp_path / "vigilint" / "secret.key"
    assert path.exists() and stat.S_IMODE(os.stat(path).st_mode) == 0o600
    redaction._file_key.cache_clear()
    assert redaction.hmac_key() == first
    redaction._file_key.cache_clear()


@pytest.mark.parametrize("value", ["real_key", "shorter-version", "db_password_field"])
def test_slugs_name_things(value):
    assert filters.is_slug(value)


@pytest.mark.parametrize(("value", "header"), [
    ("X-CSRF-Token", True), ("Access-Control-Allow-Credentials", True), ("X-API-Key", True),
    ("Proxy-Authorization", True), ("Wq7Z-Lk9X-v4Mt", False), ("sk-live-Zq8mK2vL9pX4", False),
    ("Abc-Def1", False)])
def test_header_names_name_a_header(value, header):
    assert filters.is_header_name(value) is header


@pytest.mark.parametrize("value", ["ENC[AES256_GCM,data:Zq8m,iv:x,tag:y,type:str]",
                                   "$ANSIBLE_VAULT;1.1;AES256", "vault:v1:Zq8mK2vL9pX4"])
def test_encrypted_values_are_not_plaintext(value):
    assert filters.is_encrypted(value)


def test_slug_and_encrypted_values_are_not_reported():
    from vigilint.analyzers.secrets.scanner import scan_text

    assert scan_text("password: real_key\n", "config.yaml", "yaml") == []
    assert scan_text("password: ENC[AES256_GCM,data:Zq8mK2vL9pX4,iv:Q7vL,type:str]\n",
                     "secrets.enc.yaml", "yaml") == []


def test_keyboard_mash_is_typed_by_a_person_not_generated():
    from vigilint.analyzers.secrets.filters import is_keyboard_mash, looks_generated

    for typed in ("kjfch2345sdfk", "qwe089234lkjsdf", "lsdajfh923874", "2kjshdfp92i34asdasd"):
        assert is_keyboard_mash(typed), typed
        assert not looks_generated(typed), typed
    # machine-made: mixed case, spread over the keyboard, or a hex digest
    for made in ("Xq7Lm2Vz9Rt4Kp8Wn3Bs6Hd1Fy5Jc0", "xk29vmq81lzp0sw3tn4y",
                 "9f86d081884c7d659a2feaea0c55ad015a3bf4b8", "a8f3k2m9x7q1w5e6"):
        assert not is_keyboard_mash(made), made
    assert looks_generated("xk29vmq81lzp0sw3tn4y")
