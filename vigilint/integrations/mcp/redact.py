"""Redaction of every text the MCP server sends: the same masking as every other output.

Findings leave the engine redacted already; this is the second line for everything else an
answer carries (the guard's quotes from a prompt, notices, refusals that quote a path, an
argument that failed validation). The secrets are those the secret detectors find in the
call's inputs and in the answer's own strings (each string on its own, so that a JSON key
beside an unrelated value is not taken for an assignment); every string is then passed
through `redaction.redact` with all of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from vigilint.analyzers.secrets.redaction import redact


def strings_in(value: Any) -> Iterator[str]:
    """Every string inside a JSON-like value (dict keys included)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)


def secrets_in(texts: Iterable[str]) -> set[str]:
    """The raw values the secret detectors find in `texts` (the detectors are loaded on the
    first call, not when the server starts)."""
    from vigilint.analyzers.secrets.scanner import scan_text

    found: set[str] = set()
    for text in texts:
        if text:
            found.update(m.value for m in scan_text(text))
    return found


def redacted(value: Any, secrets: Iterable[str]) -> Any:
    """`value` (a JSON-like tree) with every string masked for `secrets`."""
    values = tuple(sorted(set(secrets)))
    if not values:
        return value

    def walk(item: Any) -> Any:
        if isinstance(item, str):
            return redact(item, values)
        if isinstance(item, dict):
            return {walk(k): walk(v) for k, v in item.items()}
        if isinstance(item, list | tuple):
            return [walk(v) for v in item]
        return item

    return walk(value)
