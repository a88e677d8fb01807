"""Language-neutral meaning of guards: which sink kinds a passed check protects.

Adapters recognise the syntax of a check and ask here what it proves; the variable is then
cleaned for those kinds only (docs/dataflow.md section 3).
"""

from __future__ import annotations

from typing import Any

from vigilint.analyzers.dataflow.kinds import ALL_KINDS

URL_HOST: frozenset[str] = frozenset({"redirect", "ssrf"})
NONE: frozenset[str] = frozenset()


def regex_guard_kinds(pattern: Any, full: bool) -> frozenset[str]:
    """A successful regex match of a value: a full match (or a pattern anchored at both ends)
    limits the value to the pattern's language (every kind); a pattern anchored at the start
    only vouches for a URL's scheme and host (redirect, SSRF); anything else proves nothing."""
    if full:
        return ALL_KINDS
    if not isinstance(pattern, str):
        return NONE
    if pattern.startswith("^") and (pattern.endswith("$") or pattern.endswith("\\Z")):
        return ALL_KINDS
    if pattern.startswith("^"):
        return URL_HOST
    return NONE
