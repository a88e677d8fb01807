"""## What it does
Flags `===`, `!==`, `==` and `!=` comparisons of secrets (tokens, signatures, HMACs, digests,
API keys, passwords) against a non-constant value.

## Why is this bad?
String comparison stops at the first differing byte, so the response time tells an attacker how
many leading bytes of their guess were right; a signature or token can be recovered byte by
byte (CWE-208). Comparing plaintext passwords also means they are stored in plaintext.

## Example
```js
if (req.headers["x-signature"] === expectedSignature) { ... }
```

## Use instead
```js
const a = Buffer.from(req.headers["x-signature"] ?? "");
const b = Buffer.from(expectedSignature);
if (a.length === b.length && crypto.timingSafeEqual(a, b)) { ... }
```

## References
- CWE-208: Observable Timing Discrepancy
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.imports import aliases, dotted
from vigilint.model import Fix, Rule

# `(?<=\w)token`, not `\w+token`: the latter rescans a long name from every position.
_SECRET = re.compile(r"((?<=\w)token|signature|sig|hmac|mac|api_?key|secret|password|passwd|"
                     r"pwd|otp|csrf|nonce)$", re.IGNORECASE)
_NOT_SECRET = re.compile(r"(length|type|count|status|name|id|kind|index|format|version)$",
                         re.IGNORECASE)
_CONSTANTS = frozenset({"string", "number", "null", "undefined", "true", "false",
                        "template_string", "unary_expression", "regex"})


def _leaf(ctx: FileContext, node: Node) -> str:
    text = dotted(ctx, node)
    if text is None:
        if node.type == "subscript_expression":
            return ctx.node_text(node.child_by_field_name("index")).strip("'\"`")
        return ""
    if text.startswith(("location.", "window.location", "document.location")):
        return ""
    return text.rsplit(".", 1)[-1]


def _check(ctx: FileContext, node: Node) -> Hit | None:
    op = ctx.node_text(node.child_by_field_name("operator"))
    if op not in ("===", "!==", "==", "!="):
        return None
    left = node.child_by_field_name("left")
    right = node.child_by_field_name("right")
    if left is None or right is None or left.type in _CONSTANTS or right.type in _CONSTANTS:
        return None
    names = [_leaf(ctx, left), _leaf(ctx, right)]
    if any(re.fullmatch(r"[A-Z][A-Z0-9_]+", n) for n in names if n):
        return None  # compared with a named constant (a sentinel or an enum value)
    if any(re.search(r"confirm|repeat|retype|again", n, re.IGNORECASE) for n in names if n):
        return None  # a confirmation field: both sides are the user's own input
    if any(_NOT_SECRET.search(n) for n in names if n):
        return None
    if not any(n and _SECRET.search(n) for n in names):
        return None
    return Hit(node=node, fix=_constant_time_fix(ctx, node, left, right, op))


def _constant_time_fix(ctx: FileContext, node: Node, left: Node, right: Node,
                       op: str) -> Fix | None:
    """`a === b` -> a length check and `crypto.timingSafeEqual` over the UTF-8 bytes (it
    throws on unequal lengths, hence the check). Unsafe: both sides must be strings."""
    crypto = next((k for k, v in aliases(ctx).items() if v in ("crypto", "node:crypto")), None)
    if crypto is None:
        return None
    a, b = ctx.node_text(left), ctx.node_text(right)
    same = (f"(Buffer.byteLength({a}) === Buffer.byteLength({b}) && "
            f"{crypto}.timingSafeEqual(Buffer.from({a}), Buffer.from({b})))")
    return Fix(title="Compare in constant time (`crypto.timingSafeEqual`)", safe=False,
               edits=(ctx.edit_node(node, same if op in ("===", "==") else f"!{same}"),))


RULE = Rule(
    id="VG-JS-CRYPTO-007",
    name="timing-unsafe-compare",
    category="outdated-crypto",
    languages=("javascript",),
    cwe=(208,),
    likelihood="possible",
    impact="medium",
    confidence="medium",
    message="A secret is compared with `===`, which leaks timing; compare Buffers of equal "
            "length with `crypto.timingSafeEqual`.",
    node_kinds=("binary_expression",),
    check=_check,
    fixable=True,
)
