"""## What it does
Flags regular expression literals with catastrophic backtracking: a quantified group whose body
is itself quantified (`(a+)+`, `(\\w*)*`, `(.*a){10}`) or an alternation of overlapping branches
under a quantifier (`(a|a)*`, `(\\w|\\d)+`), passed to `re.compile`/`match`/`search`/`fullmatch`/
`findall`/`sub`/`split`. Also flags patterns built from untrusted input (`re.compile(request.args
["q"])`) unless escaped with `re.escape`. A repeated group that must consume a separator its
inner repetitions (and those before it) cannot match (`(?:\\.\\w+)*`, `(\\d+,)*`) splits the
input one way only and is not reported.

## Why is this bad?
On a crafted input that almost matches, the engine tries exponentially many ways to split it:
one request can pin a CPU for minutes (ReDoS).

## Example
```python
EMAIL = re.compile(r"^([a-zA-Z0-9]+)*@example\\.com$")
```

## Use instead
```python
EMAIL = re.compile(r"^[a-zA-Z0-9]+@example\\.com$")
```

## References
- CWE-1333: Inefficient Regular Expression Complexity
- OWASP A04:2021 / A06:2025 Insecure Design
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import flow, related_source
from vigilint.analyzers.imports import call_name
from vigilint.analyzers.regex_separators import separated
from vigilint.analyzers.rules.python._common import arg
from vigilint.model import Rule

_FUNCS = frozenset(f"re.{f}" for f in ("compile", "match", "search", "fullmatch", "findall",
                                       "finditer", "sub", "subn", "split"))
_QUANT = re.compile(r"(\*|\+|\{\d*(?:,\d*)?\})")


def _groups(pattern: str) -> list[tuple[str, str]]:
    """(body, quantifier-after) for every parenthesised group, ignoring escapes and classes."""
    out: list[tuple[str, str]] = []
    stack: list[int] = []
    i, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            stack.append(i)
        elif c == ")" and stack:
            start = stack.pop()
            m = _QUANT.match(pattern, i + 1)
            out.append((pattern[start + 1:i], m.group(1) if m else ""))
        i += 1
    return out


def _strip_classes(body: str) -> str:
    """`body` with each escape and each character class replaced by `x`. A scan, not a
    regular expression: one with an escape-or-character alternative inside a class backtracks
    exponentially on a class full of backslashes, and this rule reads patterns from the code
    it checks."""
    out: list[str] = []
    i, size = 0, len(body)
    closers_left = True  # False once a class scan reached the end: no later `[` closes either
    while i < size:
        char = body[i]
        if char == "\\" and i + 1 < size and body[i + 1] != "\n":
            out.append("x")
            i += 2
            continue
        if char == "[" and closers_left:
            j = i + 1
            while j < size and body[j] != "]":
                j += 2 if body[j] == "\\" else 1
            if j < size:
                out.append("x")
                i = j + 1
                continue
            closers_left = False
        out.append(char)
        i += 1
    return "".join(out)


def _vulnerable(pattern: str) -> bool:
    for body, quant in _groups(pattern):
        if not quant or (quant.startswith("{") and quant in ("{0,1}", "{1}")):
            continue
        inner = _strip_classes(body.lstrip("?:"))
        inner = re.sub(r"\(\?[:=!<]", "(", inner)
        if re.search(r"(\*|\+|\{\d*,\d*\})", inner) and not separated(pattern):
            return True
        branches = inner.split("|")
        if len(branches) > 1 and len(set(branches)) < len(branches):
            return True
    return False


def _check(ctx: FileContext, call: Node) -> Hit | None:
    if (call_name(ctx, call) or "") not in _FUNCS:
        return None
    pattern = arg(ctx, call, 0, "pattern")
    if pattern is None:
        return None
    verdict = flow(ctx).verdict(pattern, "regex")
    if verdict.level == "tainted":
        return Hit(node=pattern, likelihood="very-likely",
                   message=f"The regular expression comes from {verdict.description}; escape "
                           "it with `re.escape` or match literally.",
                   related=related_source(ctx, verdict))
    value = flow(ctx).value(pattern).const
    if isinstance(value, str) and _vulnerable(value):
        return Hit(node=pattern)
    return None


RULE = Rule(
    id="VG-PY-DOS-002",
    name="regex-catastrophic-backtracking",
    category="resource-exhaustion",
    languages=("python",),
    cwe=(1333,),
    likelihood="possible",
    impact="medium",
    confidence="medium",
    message="This regular expression nests quantifiers and can backtrack exponentially; remove "
            "the nested repetition (e.g. `(a+)+` -> `a+`).",
    prefilter=("compile", "match", "search", "findall", "finditer", "sub", "split"),
    node_kinds=("call",),
    check=_check,
)
