"""Redaction: the only form in which a secret may leave the analyzer.

A secret finding keeps a short preview (at most 4 characters) and an HMAC-SHA256 fingerprint of
the value. The HMAC key is per install: `$XDG_CONFIG_HOME/vigilint/secret.key` (or
`~/.config/vigilint/secret.key`), 32 random bytes created with mode 0600 on first use. Set
`VIGILINT_HMAC_KEY` to share one key across machines (CI), so that baselines written on one
machine match findings on another. Without a usable key file, a per-process key is used and
fingerprints of secrets are not stable across runs.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import os
import re
import secrets
from pathlib import Path

PREVIEW_MAX = 4
MASK = "****[redacted]"
KEY_ENV = "VIGILINT_HMAC_KEY"
KEY_FILE = "secret.key"
_FRAGMENT_MIN = 6
_TOKEN = re.compile(r"[^\s\"'`,;()\[\]{}<>]+")
_HEADER_WORD = re.compile(r"^-*[A-Z]{1,12}-*$")  # BEGIN, PRIVATE, KEY-----: not secret


def mask(value: str) -> str:
    """A short preview (at most 4 characters, none for short values) and a fixed mask, so
    neither the secret nor its length is shown."""
    value = value.strip()
    keep = PREVIEW_MAX if len(value) >= 16 else (2 if len(value) >= 8 else 0)
    return value[:keep] + MASK


def fragments(value: str) -> list[str]:
    """Pieces of a multi-line or escaped secret (PEM lines, `\\n`-joined JSON strings) that
    may show up on their own in a snippet, longest first."""
    return list(_fragments(value))


@functools.lru_cache(maxsize=4096)
def _fragments(value: str) -> tuple[str, ...]:
    """`fragments`, memoised: every finding of a file redacts all of the file's secrets."""
    pieces: set[str] = set()
    for line in value.replace("\\r", "\n").replace("\\n", "\n").split("\n"):
        for piece in line.split():
            piece = piece.strip("\"',\\")
            if len(piece) >= _FRAGMENT_MIN and not _HEADER_WORD.match(piece):
                pieces.add(piece)
    return tuple(sorted(pieces, key=lambda p: (-len(p), p)))


def redact(text: str, values: list[str] | tuple[str, ...]) -> str:
    """`text` with every secret (and every fragment of a multi-line one) masked. Longest first,
    ties by value: the result (and so every fingerprint) must not depend on set order."""
    pieces: list[str] = []
    for value in sorted({v for v in values if v}, key=lambda v: (-len(v), v)):
        if value in text:
            text = text.replace(value, mask(value))
        for piece in _fragments(value):
            if piece in text:
                text = text.replace(piece, MASK)
            pieces.append(piece)
    if pieces:
        # a piece cut short (at a line or length limit) is still part of the secret
        for token in sorted(set(_TOKEN.findall(text)), key=lambda t: (-len(t), t)):
            if len(token) >= _FRAGMENT_MIN and any(token in piece for piece in pieces):
                text = text.replace(token, MASK)
    return text


def config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "vigilint"


@functools.cache
def _file_key(path: str) -> bytes:
    key_path = Path(path)
    try:
        return bytes.fromhex(key_path.read_text("ascii").strip())
    except (OSError, ValueError):
        pass
    key = secrets.token_bytes(32)
    try:
        key_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(key.hex() + "\n")
    except FileExistsError:  # another process won the race: use its key
        try:
            return bytes.fromhex(key_path.read_text("ascii").strip())
        except (OSError, ValueError):
            return key
    except OSError:
        return key  # read-only home: a per-process key
    return key


def hmac_key() -> bytes:
    """The HMAC key: `VIGILINT_HMAC_KEY` if set, else the per-install key file."""
    env = os.environ.get(KEY_ENV)
    if env:
        return env.encode("utf-8")
    return _file_key(str(config_dir() / KEY_FILE))


def fingerprint(value: str, key: bytes | None = None) -> str:
    """HMAC-SHA256 of the secret value (hex, 32 characters): stable, not reversible without
    the key, and not a plain hash that a dictionary of leaked keys could match."""
    digest = hmac.new(key if key is not None else hmac_key(),
                      value.strip().encode("utf-8", "surrogatepass"), hashlib.sha256)
    return digest.hexdigest()[:32]
