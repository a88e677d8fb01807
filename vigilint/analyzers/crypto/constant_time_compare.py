"""## What it does
Flags home-made constant-time comparisons: functions named like `constant_time_compare`,
`safe_equals`, `timingSafeEqual` or `secure_compare` that do not delegate to the library
routine, and loops that accumulate `diff |= a[i] ^ b[i]` to compare secrets.

## Why is this bad?
Writing a comparison that really runs in constant time is subtle: early length checks, string
interning, JIT and compiler optimisation all reintroduce timing differences, and a function
that is *named* constant-time but uses `==` gives false assurance. An attacker who can time
the comparison of a MAC or token recovers it byte by byte.

## Example
```python
def constant_time_compare(a, b):
    if len(a) != len(b):
        return False
    result = 0
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
```

## Use instead
```python
import hmac
hmac.compare_digest(a, b)
```
JavaScript: `crypto.timingSafeEqual`; Go: `crypto/subtle.ConstantTimeCompare`; Java:
`MessageDigest.isEqual`.

## References
- CWE-208: Observable Timing Discrepancy
- CWE-1240: Use of a Cryptographic Primitive with a Risky Implementation
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.crypto.names import NON_CRYPTO_WORDS
from vigilint.analyzers.crypto.syntax import (
    AUGMENTED_KINDS,
    BINARY_KINDS,
    CALL_KINDS,
    CRYPTO_LANGUAGES,
    FUNCTION_KINDS,
    callee,
    function_name,
    in_loop,
    last_name,
    operands,
    operator,
    unwrap,
    walk,
    words,
)
from vigilint.model import Rule

_NAMES = ("constanttime", "consttime", "timingsafe", "securecompare", "safecompare",
          "safeequal", "secureequal", "constanteq", "cteq", "ctcompare", "slowequal",
          "comparedigest", "safestrcmp", "fixedtime", "securestrcmp", "timeconstant",
          "timingattack", "securelycompare", "safelycompare")
_LIBRARY = frozenset({"compare_digest", "timingSafeEqual", "ConstantTimeCompare", "isEqual",
                      "ConstantTimeEq", "constantTimeAreEqual", "safe_str_cmp",
                      "constant_time_compare", "ConstantTimeByteEq", "bytes_eq"})


def _xor_accumulates(ctx: FileContext, node: Node) -> bool:
    if node.type in AUGMENTED_KINDS and operator(ctx, node) == "|=":
        value = unwrap(node.child_by_field_name("right"))
        return value is not None and value.type in BINARY_KINDS and operator(ctx, value) == "^" \
            and in_loop(node)
    if node.type in ("assignment", "assignment_expression", "assignment_statement") \
            and operator(ctx, node) in ("=", ""):
        target = ctx.node_text(node.child_by_field_name("left"))
        value = unwrap(node.child_by_field_name("right"))
        if value is None or value.type not in BINARY_KINDS or operator(ctx, value) != "|":
            return False
        left, right = (unwrap(n) for n in operands(value))
        if left is None or right is None or ctx.node_text(left) != target:
            return False
        return right.type in BINARY_KINDS and operator(ctx, right) == "^" and in_loop(node)
    return False


def _check(ctx: FileContext, fn: Node) -> Hit | None:
    name = function_name(ctx, fn)
    name_words = words(name)
    if set(name_words) & NON_CRYPTO_WORDS:
        return None
    joined = "".join(name_words)
    named = any(n in joined for n in _NAMES)
    body = fn.child_by_field_name("body")
    if body is None:
        return None
    if not named:
        source = ctx.source[body.start_byte:body.end_byte]
        if b"|" not in source or b"^" not in source:
            return None  # neither named for it nor accumulating `|` of an `^`: skip the walk
    accumulates = False
    for n in walk(body):
        if n.type in CALL_KINDS:
            if last_name(callee(ctx, n)) in _LIBRARY:
                return None
        elif not accumulates and n.type in (*AUGMENTED_KINDS, "assignment"):
            accumulates = _xor_accumulates(ctx, n)
    if named and not body.named_child_count:
        return None
    if not (named or accumulates):
        return None
    return Hit(node=fn.child_by_field_name("name") or fn)


RULE = Rule(
    id="VG-CRYPTO-007",
    name="home-made-constant-time-compare",
    category="crypto-implementation",
    languages=CRYPTO_LANGUAGES,
    cwe=(208, 1240),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="Home-made constant-time comparison; use `hmac.compare_digest`, "
            "`crypto.timingSafeEqual`, Go `subtle.ConstantTimeCompare` or "
            "`MessageDigest.isEqual`.",
    node_kinds=tuple(sorted(FUNCTION_KINDS - {"function"})),
    check=_check,
)
