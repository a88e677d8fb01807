"""Well-formed but fake values built from a detector's `sample` description.

Tests and fixtures build credential-shaped strings from these pieces at run time (or write them
with a visible `FAKE`/`fake`/`deadbeef` marker), so the source tree holds no literal token that
a push-protection scanner would take for a live one.
"""

from __future__ import annotations

import binascii
import random

from vigilint.analyzers.secrets.catalog import Detector, Part, base62

CHARSETS = {
    "h": "0123456789abcdef",
    "H": "0123456789ABCDEF",
    "a": "abcdefghijklmnopqrstuvwxyz0123456789",
    "N": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "Z": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
    "L": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "l": "abcdefghijklmnopqrstuvwxyz",
    "d": "0123456789",
    "b": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
    "u": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-",
    "z": "abcdefghijklmnopqrstuvwxyz234567",
    "bech": "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L",
}
MARKERS = {"h": "deadbeef", "H": "DEADBEEF", "a": "fake", "N": "FAKE", "Z": "FAKE", "L": "FAKE",
           "l": "fake", "b": "FAKE", "u": "FAKE", "z": "fake", "bech": "", "d": ""}


def _random(rng: random.Random, charset: str, length: int, marker: bool) -> str:
    chars = CHARSETS[charset]
    value = "".join(rng.choice(chars) for _ in range(length))
    tag = MARKERS[charset] if marker else ""
    if tag and length >= len(tag) + 8:
        value = tag + value[len(tag):]
    return value


def pieces(parts: tuple[Part, ...], seed: int = 0, marker: bool = False,
           filler: bool = False) -> list[tuple[str, bool]]:
    """The sample's pieces in order, each with True when it is random (generated) text and
    False for literal text (prefixes, separators): tests look for leaks of the random parts."""
    rng = random.Random(seed)  # noqa: S311 -- reproducible fake values, not keys
    out: list[tuple[str, bool]] = []
    for part in parts:
        if isinstance(part, str):
            if part == "CHECK":  # GitHub-style checksum of the 30 characters before it
                body = out[-1][0][-30:]
                out.append((base62(binascii.crc32(body.encode())), True))
            else:
                out.append((part, False))
            continue
        charset, length = part
        out.append(("x" * length, False) if filler
                   else (_random(rng, charset, length, marker), True))
    return out


def build(parts: tuple[Part, ...], seed: int = 0, marker: bool = False,
          filler: bool = False) -> str:
    """The sample text. `marker` puts a visible fake marker in each random piece; `filler`
    replaces random pieces with `x` runs (a masked value, which must not be reported)."""
    return "".join(piece for piece, _ in pieces(parts, seed, marker, filler))


def sample(detector: Detector, seed: int | None = None, marker: bool = False,
           filler: bool = False) -> str:
    return build(detector.sample, detector.number if seed is None else seed, marker, filler)
