"""## What it does
Flags `Pattern.compile`, `String.matches/replaceAll/replaceFirst/split` and `Pattern.matches`
with a constant regular expression that nests quantifiers (`(a+)+`, `(\\w*)*`, `(.+)+$`),
the shapes that backtrack exponentially. A repeated group that must consume a separator its
inner repetitions (and those before it) cannot match (`(?:\\.\\w+)*`, `(\\d+,)*`) splits the
input one way only and is not reported.

## Why is this bad?
Java's regex engine backtracks: a crafted input of a few dozen characters can keep such a
pattern busy for minutes, blocking the request thread (ReDoS, CWE-1333).

## Example
```java
Pattern EMAIL = Pattern.compile("^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@)");
```

## Use instead
```java
Pattern EMAIL = Pattern.compile("^[a-zA-Z0-9][a-zA-Z0-9._-]*@");   // no nested repetition
// or bound the input length before matching
```

## References
- CWE-1333: Inefficient Regular Expression Complexity
- OWASP ReDoS
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.regex_separators import separated
from vigilint.analyzers.rules.java._common import arguments, name_of, receiver_text
from vigilint.analyzers.syntax import java
from vigilint.model import Rule

_QUANT = "*+{"


def nested_quantifier(pattern: str) -> bool:
    """True when a quantified group contains a quantified element: the classic
    catastrophic-backtracking shape."""
    stack: list[bool] = []  # per open group: does it contain a quantifier?
    i = 0
    escaped = False
    in_class = False
    last_group_inner_quant = False
    while i < len(pattern):
        ch = pattern[i]
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            stack.append(False)
        elif ch == ")" and stack:
            last_group_inner_quant = stack.pop()
            nxt = pattern[i + 1] if i + 1 < len(pattern) else ""
            if nxt in _QUANT and nxt and last_group_inner_quant:
                return True
            if stack and (last_group_inner_quant or (nxt in _QUANT and nxt)):
                stack[-1] = True
            i += 1
            continue
        elif ch in _QUANT and stack:
            stack[-1] = True
        i += 1
    return False


def _check(ctx: FileContext, node: Node) -> Hit | None:
    name = name_of(ctx, node)
    receiver = receiver_text(ctx, node)
    args = arguments(ctx, node)
    if name in ("compile", "matches") and receiver.endswith("Pattern"):
        regex = args[0] if args else None
    elif name in ("matches", "replaceAll", "replaceFirst", "split") and args:
        regex = args[0]
    else:
        return None
    pattern = java(ctx).string_value(regex)
    if pattern is None or not nested_quantifier(pattern) or separated(pattern):
        return None
    return Hit(node=regex)


RULE = Rule(
    id="VG-JAVA-DOS-001",
    name="redos-nested-quantifier",
    category="resource-exhaustion",
    languages=("java",),
    cwe=(1333,),
    likelihood="possible",
    impact="medium",
    confidence="medium",
    message="The regular expression nests quantifiers and can backtrack exponentially; remove "
            "the nested repetition or bound the input length.",
    prefilter=("compile", "matches", "replaceAll", "replaceFirst", "split"),
    node_kinds=("method_invocation",),
    check=_check,
)
