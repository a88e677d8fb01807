"""Stores third-party API keys in the settings file in a form that is not readable at a glance."""

import json
from pathlib import Path

PRINTABLE_START = 32
PRINTABLE_SPAN = 95


def conceal_api_key(api_key: str, passphrase: str) -> str:
    out = []
    for i, ch in enumerate(api_key):
        shift = ord(passphrase[i % len(passphrase)]) - PRINTABLE_START
        out.append(chr((ord(ch) - PRINTABLE_START + shift) % PRINTABLE_SPAN + PRINTABLE_START))
    return "".join(out)


def reveal_api_key(concealed: str, passphrase: str) -> str:
    out = []
    for i, ch in enumerate(concealed):
        shift = ord(passphrase[i % len(passphrase)]) - PRINTABLE_START
        out.append(chr((ord(ch) - PRINTABLE_START - shift) % PRINTABLE_SPAN + PRINTABLE_START))
    return "".join(out)


def save_keys(path: Path, keys: dict[str, str], passphrase: str) -> None:
    path.write_text(json.dumps({k: conceal_api_key(v, passphrase) for k, v in keys.items()}))


def shift_password(password: str, shift: int = 7) -> str:
    result = []
    for ch in password:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            result.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            result.append(ch)
    return "".join(result)
