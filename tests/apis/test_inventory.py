"""The API inventory (generated data) and its lookups; the crypto constant tables."""

from __future__ import annotations

import json
from pathlib import Path

from vigilint.analyzers.crypto import constants, inventory

DATA = Path(inventory.__file__).parent / "data"


def test_inventory_covers_every_library_of_the_brief():
    python = inventory.namespaces("python")
    for module in ("hashlib", "hmac", "secrets", "ssl", "cryptography.fernet",
                   "cryptography.hazmat.primitives.ciphers.aead", "bcrypt", "argon2", "passlib",
                   "passlib.hash", "jwt", "itsdangerous", "nacl.secret", "nacl.public"):
        assert module in python, module
    assert python["hashlib"].has("sha3_256") and python["hashlib"].has("new")
    assert inventory.namespaces("javascript")["crypto"].has("timingSafeEqual")
    assert inventory.namespaces("go")["golang.org/x/crypto/bcrypt"].has("GenerateFromPassword")
    assert inventory.namespaces("java")["javax.crypto.Cipher"].has("getInstance")


def test_lookups_suggest_the_nearest_real_name():
    unknown = inventory.unknown_member("python", "secrets.token_hexx")
    assert unknown is not None and unknown.suggestions[0] == "token_hex"
    moved = inventory.unknown_member("python", "cryptography.hazmat.primitives.ciphers.AESGCM")
    assert moved is not None and moved.elsewhere == (
        "cryptography.hazmat.primitives.ciphers.aead",)
    assert inventory.unknown_member("python", "hashlib.sha256") is None
    assert inventory.unknown_member("python", "cryptography.fernet.Fernet.generate_key") is None
    assert inventory.unknown_member("python", "os.path.join") is None  # not inventoried
    assert inventory.unknown_in("go", "crypto/tls", "TLS_AES_128_GCM_SHA256") is None  # prefix


def test_hand_written_sources_name_their_source():
    for language in ("javascript", "go", "java"):
        data = json.loads((DATA / "api_sources" / f"{language}.json").read_text())
        assert data["_source"]
        generated = inventory.namespaces(language)
        assert set(k for k in data if not k.startswith("_")) == set(generated)


def test_constant_tables_are_the_published_values():
    sbox = constants._aes_sbox()
    assert sbox[:4] == (0x63, 0x7C, 0x77, 0x7B) and sbox[255] == 0x16
    words = constants.word_tables()
    assert words[0x428A2F98] == "SHA-256 round constants"
    assert words[0xD76AA478] == "MD5 sine table"
    assert words[0x6A09E667] == "SHA-256 initial hash value"
    assert words[0x428A2F98D728AE22] == "SHA-512 round constants"
    assert 0x77073096 not in words and 0x9E3779B9 not in words  # CRC32, golden ratio


def test_byte_runs_skip_progressions():
    assert constants.match_sequence([1, 2, 4, 8, 16, 32, 64, 128]) is None
    assert constants.match_sequence(list(range(16))) is None
    assert constants.match_sequence([0x63, 0x7C, 0x77, 0x7B, 0xF2, 0x6B, 0x6F, 0xC5]) == \
        "AES S-box"
