"""Redaction: the only form in which a secret may leave the analyzer."""

from __future__ import annotations

PREVIEW_MAX = 4
MASK = "****[redacted]"


def mask(value: str) -> str:
    """A short preview (at most 4 characters, none for short values) and a fixed mask, so
    neither the secret nor its length is shown."""
    value = value.strip()
    keep = PREVIEW_MAX if len(value) >= 16 else (2 if len(value) >= 8 else 0)
    return value[:keep] + MASK
