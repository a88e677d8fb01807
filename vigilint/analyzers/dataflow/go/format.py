"""Go's fmt verbs (https://pkg.go.dev/fmt#hdr-Printing): what `fmt.Sprintf(format, args...)`
builds. `%q` quotes its argument with Go escapes (no line break survives); a format whose text
before the first verb fixes a URL's scheme and host keeps the host fixed."""

from __future__ import annotations

import re

from vigilint.analyzers.dataflow.guards import prefix_kinds
from vigilint.analyzers.dataflow.value import Value, const, merge, sanitized, with_facts

# Possessive runs: flags, width and precision share the digit `0`; backtracking between them took
# quadratic time on a `%` followed by a long run of zeros.
_VERB = re.compile(r"%([-+# 0]*+)(\*|[0-9]++)?(?:\.(\*|[0-9]++)?)?(\[[0-9]++\])?([a-zA-Z%])")
_QUOTED = frozenset({"log", "header"})
URL_KINDS = frozenset({"ssrf", "redirect"})
UNSLASHED = "unslashed"  # no leading `/` or `\` (`strings.TrimLeft(p, "/\\")`)
ROOTED = "rooted"  # a string that starts with "/" (cleaning it cannot climb above the root)


def verbs(text: str) -> list[str] | None:
    """The verb consuming each argument in order (`%%` consumes none); None when the format
    uses explicit argument indexes or `*` widths (not followed)."""
    out: list[str] = []
    for match in _VERB.finditer(text):
        _, width, precision, index, verb = match.groups()
        if verb == "%":
            continue
        if index or width == "*" or precision == "*":
            return None
        out.append(verb)
    return out


def quoted_arguments(text: str) -> frozenset[int]:
    """Positions of the arguments a format quotes with `%q` (0 = the first after it)."""
    found = verbs(text)
    return frozenset(i for i, v in enumerate(found or []) if v == "q")


def _fold(text: str, args: list[Value]) -> str | None:
    found = verbs(text)
    if found is None or len(found) != len(args) or any(v not in "sdv" for v in found):
        return None
    values = iter(a.const for a in args)
    try:
        return _VERB.sub(lambda m: "%" if m.group(5) == "%" else str(next(values)), text)
    except StopIteration:
        return None


def format_value(fmt: Value, args: list[Value]) -> Value:
    """The value `fmt.Sprintf(fmt, args...)` returns."""
    text = fmt.const if isinstance(fmt.const, str) else None
    if text is None:
        return merge([fmt, *args])
    if all(isinstance(a.const, (str, int)) and not isinstance(a.const, bool) for a in args):
        folded = _fold(text, args)
        if folded is not None:
            return const(folded)
    quoted = quoted_arguments(text)
    parts = [sanitized(a, _QUOTED) if i in quoted and a.all_labels() else a
             for i, a in enumerate(args)]
    result = merge([fmt, *parts])
    prefix = text.split("%", 1)[0]
    if result.all_labels() and prefix_kinds(prefix):
        result = sanitized(result, prefix_kinds(prefix))
    if prefix.startswith("/"):
        result = with_facts(result, ROOTED)
    return result
