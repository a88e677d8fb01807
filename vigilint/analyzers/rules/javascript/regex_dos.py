r"""## What it does
Flags regular expressions open to catastrophic backtracking: literals and constant
`new RegExp("...")` patterns with nested unbounded quantifiers (`(a+)+`, `(\w+\s?)*`,
`[a-z.]+(?:\.[a-z]{2,})*`), and `new RegExp(x)` built from input that is not escaped. A repeated
group that must consume a separator its inner repetitions (and those before it) cannot match
(`(?:\.\w+)*`, `(\d+,)*`) splits the input one way only and is not reported.

## Why is this bad?
On a crafted input, backtracking grows exponentially and one request blocks Node's single
event loop for seconds or minutes (ReDoS, CWE-1333). A pattern taken from the user can be such
a regex, or match more than intended (CWE-400).

## Example
```js
const EMAIL = /^([a-zA-Z0-9]+\.?)+@example\.com$/;
const re = new RegExp(req.query.q);
```

## Use instead
```js
const EMAIL = /^[a-zA-Z0-9]+(?:\.[a-zA-Z0-9]+)*@example\.com$/;  // one way to match
const re = new RegExp(_.escapeRegExp(req.query.q));
```

## References
- CWE-1333: Inefficient Regular Expression Complexity
- CWE-400: Uncontrolled Resource Consumption
- OWASP A04:2021 / A06:2025 Insecure Design
"""

from __future__ import annotations

import re
from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import flow, sink_sites, site_hit
from vigilint.analyzers.regex_separators import separated
from vigilint.analyzers.rules._edits import concat_operands
from vigilint.analyzers.rules.javascript._common import from_parameter
from vigilint.analyzers.syntax import javascript
from vigilint.model import Fix, Rule

_UNBOUNDED = re.compile(r"[*+]|\{\d*,\}")


def _quantifier_at(pattern: str, i: int) -> int:
    """Length of an unbounded quantifier starting at `i` (0 if none)."""
    if i >= len(pattern):
        return 0
    if pattern[i] in "*+":
        return 1
    match = re.match(r"\{\d*,\}", pattern[i:])
    return len(match.group(0)) if match else 0


def has_nested_quantifier(pattern: str) -> bool:
    """True when a group with an unbounded quantifier inside is itself repeated unboundedly."""
    stack: list[bool] = []  # per open group: contains an unbounded quantifier
    i = 0
    in_class = False
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            if not in_class and _quantifier_at(pattern, i) and stack:
                stack[-1] = True
            continue
        if in_class:
            if ch == "]":
                in_class = False
                if _quantifier_at(pattern, i + 1) and stack:
                    stack[-1] = True
            i += 1
            continue
        if ch == "[":
            in_class = True
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            continue
        if ch == "(":
            stack.append(False)
        elif ch == ")":
            inner = stack.pop() if stack else False
            q = _quantifier_at(pattern, i + 1)
            if q and inner:
                return True
            if (q or inner) and stack:
                stack[-1] = True
        elif _quantifier_at(pattern, i) and stack:
            stack[-1] = True
        i += 1
    return False


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "regex":
        pattern = ctx.node_text(node.child_by_field_name("pattern"))
        if has_nested_quantifier(pattern) and not separated(pattern):
            return Hit(node=node)
        return None
    for site in sink_sites(ctx, node, "regex"):
        argument = site.arguments[0]
        if argument.type == "regex":
            return None
        literal = javascript(ctx).string_value(argument)
        folded = flow(ctx).value(argument).const
        if literal is not None or isinstance(folded, str):
            text = literal.replace("\\\\", "\\") if literal is not None else str(folded)
            return Hit(node=node) if has_nested_quantifier(text) and not separated(text) \
                else None
        hit = site_hit(ctx, node, site, what="This regular expression",
                       advice="escape the text (`_.escapeRegExp`) or match with "
                              "`includes`/`indexOf` instead",
                       unknown="possible" if from_parameter(ctx, argument) else None)
        if hit is not None and hit.message is None:
            hit = replace(hit, message="A regular expression is built from non-constant "
                                       "input; escape it (`_.escapeRegExp`) or match with "
                                       "`includes`/`indexOf` instead.")
        if hit is not None:
            hit = replace(hit, fix=_escape_fix(ctx, argument))
        return hit
    return None


_VALUES = frozenset({"identifier", "member_expression", "call_expression",
                     "subscript_expression"})


def _escape_fix(ctx: FileContext, argument: Node) -> Fix | None:
    """Escape each non-constant part with `RegExp.escape` (ES2025: Node.js 24+, current
    browsers): the input then matches literally, which is not what a caller passing a pattern
    on purpose wants, hence unsafe."""
    parts: list[Node] = []
    if argument.type in _VALUES:
        parts = [argument]
    elif argument.type == "binary_expression":
        operands = concat_operands(ctx, argument)
        if any(o.type not in _VALUES and o.type not in ("string", "number") for o in operands):
            return None
        parts = [o for o in operands if o.type in _VALUES]
    elif argument.type == "template_string":
        parts = [c.named_children[0] for c in argument.named_children
                 if c.type == "template_substitution" and c.named_children]
    if not parts:
        return None
    return Fix(title="Match the text literally (`RegExp.escape`)", safe=False,
               edits=tuple(ctx.edit_node(p, f"RegExp.escape({ctx.node_text(p)})")
                           for p in parts))


RULE = Rule(
    id="VG-JS-DOS-003",
    name="regex-dos",
    category="resource-exhaustion",
    languages=("javascript",),
    cwe=(1333, 400),
    likelihood="possible",
    impact="medium",
    confidence="medium",
    message="This regular expression nests unbounded quantifiers and can backtrack "
            "exponentially; rewrite it so each input has one way to match.",
    node_kinds=("regex", "new_expression", "call_expression"),
    check=_check,
    fixable=True,
)
