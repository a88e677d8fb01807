"""Language-neutral meaning of guards: which sink kinds a passed check protects.

Adapters recognise the syntax of a check and ask here what it proves; the variable is then
cleaned for those kinds only (docs/dataflow.md section 3).
"""

from __future__ import annotations

import re
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


# `scheme://host/` (or `?`/`#` after the host): text appended after it cannot change the host.
_FIXED_ORIGIN = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://[^/?#\s@\\]+[/?#]")


def fixed_origin(prefix: Any) -> bool:
    """True when a string that starts with `prefix` has its scheme and host fixed by it, so
    whatever follows cannot redirect it elsewhere (clean for redirect and SSRF)."""
    return isinstance(prefix, str) and _FIXED_ORIGIN.match(prefix) is not None
