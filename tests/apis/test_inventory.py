"""The API inventory (generated data) and its lookups."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vigilint.analyzers.apis import inventory

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
    for language in ("javascript", "go", "java", "python_returns"):
        data = json.loads((DATA / "api_sources" / f"{language}.json").read_text())
        assert data["_source"]
        if language == "python_returns":
            continue
        generated = inventory.namespaces(language)
        hand = {k: v for k, v in data.items() if not k.startswith("_")}
        assert set(hand) <= set(generated)  # merged into the generated inventory
        for namespace, members in hand.items():
            assert all(generated[namespace].has(m.rstrip("*")) or m.endswith("*")
                       for m in members), namespace


@pytest.mark.parametrize("language", ["python", "go", "java", "javascript"])
def test_the_roots_read_from_the_names_alone_are_the_namespaces_roots(language):
    table = inventory.namespaces(language)
    expected = (frozenset(table) if language == "go"
                else frozenset(n.split(".", 1)[0] for n in table))
    assert inventory.roots(language) == expected and expected
