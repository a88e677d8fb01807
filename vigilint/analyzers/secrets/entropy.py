"""Shannon entropy with per-charset thresholds.

A random token over an alphabet of K symbols has close to log2(K) bits per character, but a short
string cannot show more than log2(len) bits. The threshold is a fraction of what a random string
of that length and charset would show, so short hex ids and long base64 blobs are judged alike.
"""

from __future__ import annotations

import math
import string
from collections import Counter

HEX = frozenset(string.hexdigits)
ALNUM = frozenset(string.ascii_letters + string.digits)
BASE64 = frozenset(string.ascii_letters + string.digits + "+/=_-")

# Fraction of the ideal entropy a value must reach to count as random-looking.
THRESHOLD = {"hex": 0.72, "alnum": 0.70, "base64": 0.70, "any": 0.65}
BITS = {"hex": 4.0, "alnum": math.log2(62), "base64": 6.0, "any": math.log2(94)}


def shannon(value: str) -> float:
    """Bits per character."""
    if not value:
        return 0.0
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in Counter(value).values())


def charset(value: str) -> str:
    chars = set(value)
    if chars <= HEX:
        return "hex"
    if chars <= ALNUM:
        return "alnum"
    if chars <= BASE64:
        return "base64"
    return "any"


def ideal(value: str, kind: str | None = None) -> float:
    """The entropy a random string of this length over its charset would show (about)."""
    kind = kind or charset(value)
    n = max(len(value), 1)
    return min(BITS[kind], math.log2(n))


def is_random_looking(value: str, factor: float = 1.0) -> bool:
    """True when the value's entropy is near what a random token of its kind would have."""
    if len(value) < 8:
        return False
    kind = charset(value)
    return shannon(value) >= THRESHOLD[kind] * factor * ideal(value, kind)
