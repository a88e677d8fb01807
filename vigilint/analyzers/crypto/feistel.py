"""## What it does
Flags Feistel rounds written by hand: inside a loop, the two halves of a block are swapped while
one is XORed with a round function of the other (`left, right = right, left ^ f(right, k)`, or
the same with a temporary: `t = R; R = L ^ F(R, K[i]); L = t`).

## Why is this bad?
A Feistel network is the skeleton of DES, Blowfish, TEA and countless home-made block ciphers.
A home-made one has no security analysis, and even a correct DES or Blowfish is obsolete (64-bit
blocks, small keys) and comes without a safe mode or authentication.

## Example
```python
for i in range(16):
    left, right = right, left ^ f(right, subkeys[i])
```

## Use instead
```python
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
ciphertext = AESGCM(key).encrypt(nonce, data, None)
```
JavaScript: WebCrypto AES-GCM; Go: `crypto/aes` + `crypto/cipher` GCM; Java:
`Cipher.getInstance("AES/GCM/NoPadding")`.

## References
- CWE-327: Use of a Broken or Risky Cryptographic Algorithm
- CWE-1240: Use of a Cryptographic Primitive with a Risky Implementation
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext
from vigilint.analyzers.crypto.syntax import (
    BINARY_KINDS,
    CALL_KINDS,
    CRYPTO_LANGUAGES,
    in_loop,
    operands,
    operator,
    unwrap,
    walk,
)
from vigilint.model import Rule

_ASSIGNMENTS = ("assignment", "assignment_statement", "assignment_expression")
_INDEXED = ("subscript", "index_expression", "array_access", "subscript_expression")


def _names(ctx: FileContext, node: Node | None) -> list[Node]:
    if node is None:
        return []
    if node.type in ("pattern_list", "tuple_pattern", "expression_list", "array_pattern",
                     "array", "tuple"):
        return [c for c in node.named_children if c.type != "comment"]
    return [node]


def _round_function(ctx: FileContext, expr: Node | None, half: str, other: str) -> bool:
    """`half ^ f(other, ...)`: an XOR of one half with something computed from the other."""
    expr = unwrap(expr)
    if expr is None or expr.type not in BINARY_KINDS or operator(ctx, expr) != "^":
        return False
    left, right = (unwrap(n) for n in operands(expr))
    if left is None or right is None:
        return False
    if ctx.node_text(left) == half:
        mixed = right
    elif ctx.node_text(right) == half:
        mixed = left
    else:
        return False
    has_work = any(n.type in CALL_KINDS or n.type in _INDEXED or n.type in BINARY_KINDS
                   for n in walk(mixed))
    uses_other = any(n.type == "identifier" and ctx.node_text(n) == other for n in walk(mixed))
    return has_work and uses_other


def _assign_parts(ctx: FileContext, stmt: Node | None) -> tuple[str, str] | None:
    """(target, value) text of a simple `a = b` / `let a = b` / `a := b` statement."""
    if stmt is None:
        return None
    node = stmt
    if node.type == "expression_statement" and node.named_children:
        node = node.named_children[0]
    if node.type in ("lexical_declaration", "variable_declaration", "local_variable_declaration",
                     "var_declaration"):
        decl = next((c for c in node.named_children if c.type in ("variable_declarator",
                                                                  "var_spec")), None)
        if decl is None:
            return None
        name, value = decl.child_by_field_name("name"), decl.child_by_field_name("value")
        return (ctx.node_text(name), ctx.node_text(value)) if value is not None else None
    if node.type in (*_ASSIGNMENTS, "short_var_declaration"):
        if node.type != "short_var_declaration" and operator(ctx, node) not in ("=", ""):
            return None
        return ctx.node_text(node.child_by_field_name("left")), ctx.node_text(
            node.child_by_field_name("right"))
    return None


def _statement(node: Node) -> Node:
    parent = node.parent
    if parent is not None and parent.type == "expression_statement":
        return parent
    return node


def _sibling(node: Node, step: int) -> Node | None:
    sib = node.prev_named_sibling if step < 0 else node.next_named_sibling
    while sib is not None and sib.type in ("comment", "line_comment", "block_comment"):
        sib = sib.prev_named_sibling if step < 0 else sib.next_named_sibling
    return sib


def _check(ctx: FileContext, node: Node) -> bool:
    if operator(ctx, node) not in ("=", ""):
        return False
    targets = _names(ctx, node.child_by_field_name("left"))
    values = _names(ctx, node.child_by_field_name("right"))
    if len(targets) == 2 and len(values) == 2:
        a, b = (ctx.node_text(t) for t in targets)
        if ctx.node_text(values[0]) == b and _round_function(ctx, values[1], a, b):
            return in_loop(node)
        return False
    if len(targets) != 1 or len(values) != 1 or targets[0].type != "identifier":
        return False
    target = ctx.node_text(targets[0])
    expr = unwrap(values[0])
    if expr is None or expr.type not in BINARY_KINDS or operator(ctx, expr) != "^":
        return False
    stmt = _statement(node)
    before, after = _assign_parts(ctx, _sibling(stmt, -1)), _assign_parts(ctx, _sibling(stmt, 1))
    if before is None or after is None or before[1] != target or after[1] != before[0]:
        return False
    half = after[0]
    return _round_function(ctx, expr, half, target) and in_loop(node)


RULE = Rule(
    id="VG-CRYPTO-004",
    name="hand-rolled-feistel-network",
    category="crypto-implementation",
    languages=CRYPTO_LANGUAGES,
    cwe=(327, 1240),
    likelihood="likely",
    impact="critical",
    confidence="high",
    message="This loop is a hand-written Feistel cipher round; use an audited AEAD "
            "(`cryptography`'s `AESGCM`, WebCrypto AES-GCM, Go `crypto/cipher` GCM, JCA "
            "`AES/GCM/NoPadding`).",
    node_kinds=_ASSIGNMENTS,
    check=_check,
    # both shapes need an XOR (`_round_function` tests the operator's text, "^" in every
    # language), so a file without "^" cannot match
    prefilter=("^",),
)
