"""Language-neutral meaning of guards: which sink kinds a passed check protects.

Adapters recognise the syntax of a check and ask here what it proves; the variable is then
cleaned for those kinds only (docs/dataflow.md section 3).
"""

from __future__ import annotations

from typing import Any

from vigilint import lazyre
from vigilint.analyzers.dataflow.kinds import ALL_KINDS

URL_HOST: frozenset[str] = frozenset({"redirect", "ssrf"})
NONE: frozenset[str] = frozenset()
# labels of values the deployment sets (environment variables): a membership test against a
# collection built from them is still an allow-list
CONFIG_LABELS: frozenset[str] = frozenset({"env"})


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


_FIXED_HOST = lazyre.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#@\\\s]+[/?#]")
_LOCAL_PATH = lazyre.compile(r"^(/[^/\\]|\./)")


def prefix_kinds(prefix: str) -> frozenset[str]:
    """Kinds a string built at run time is safe for because of its constant beginning: a fixed
    scheme and host (`https://api.example.com/...`) keep a URL on that server (redirects,
    outgoing requests); a local path (`/items/...`, not `//`) keeps a redirect on the site."""
    if _FIXED_HOST.match(prefix):
        return URL_HOST
    if _LOCAL_PATH.match(prefix):
        return REDIRECT
    return NONE


def prefixes_kinds(prefixes: Any) -> frozenset[str]:
    """Kinds a value is safe for once it is known to start with `prefixes` (one constant
    string or a tuple/list of them, `url.startswith(("https://a.example/", "/docs/"))`): what
    every prefix guarantees (`prefix_kinds`)."""
    options = prefixes if isinstance(prefixes, (tuple, list)) else (prefixes,)
    if not options or not all(isinstance(option, str) for option in options):
        return NONE
    kinds = ALL_KINDS
    for option in options:
        kinds &= prefix_kinds(option)
    return kinds


def fixed_origin(prefix: Any) -> bool:
    """True when a string that starts with `prefix` has its scheme and host fixed by it, so
    whatever follows cannot redirect it elsewhere (clean for redirect and SSRF)."""
    return isinstance(prefix, str) and prefix_kinds(prefix) == URL_HOST


REDIRECT: frozenset[str] = frozenset({"redirect"})
_SAFE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
_ARITHMETIC = frozenset("0123456789+-*/%(). \t\r\n\f\v")
_CODE = frozenset({"code"})


def kept_chars_kinds(kept: frozenset[str]) -> frozenset[str]:
    """Kinds a value is safe for once every character outside `kept` was removed (a
    `[^a-z0-9]` replacement, an allowed-characters check): letters, digits, `_` and `-` carry
    no syntax of any sink; a dot adds no path separator, a space splits shell words; digits,
    arithmetic operators and parentheses without a single letter name nothing code could
    call (an arithmetic expression handed to `eval`)."""
    if not kept:
        return NONE
    if kept <= _ARITHMETIC and not kept <= _SAFE_CHARS | {".", " "}:
        return _CODE
    extra = kept - _SAFE_CHARS
    if not extra:
        return ALL_KINDS
    if extra <= {"."}:
        return ALL_KINDS - {"regex"}
    if extra <= {".", " "}:
        return ALL_KINDS - {"regex", "command"}
    return NONE
