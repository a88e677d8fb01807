"""## What it does
Flags functions built from rotate-and-add rounds: two or more bit rotations
(`(x << n) | (x >> (32 - n))`, `rotl(x, n)`, `bits.RotateLeft32`, `Integer.rotateLeft`) together
with additions, inside a loop or unrolled. That is the shape of hand-written ChaCha, Salsa,
TEA/XTEA, MD5, SHA-1 and SHA-2 compression functions. Functions named for non-cryptographic
hashing (`__hash__`, `hashCode`, MurmurHash, FNV, xxHash) or holding their constants are not
reported.

## Why is this bad?
A hand-written round function is almost never checked against test vectors, is rarely constant
time, and is usually wrapped in a home-made mode without authentication. Audited
implementations exist in every language.

## Example
```python
def quarter_round(a, b, c, d):
    a = (a + b) & 0xFFFFFFFF; d = rotl(d ^ a, 16)
    c = (c + d) & 0xFFFFFFFF; b = rotl(b ^ c, 12)
    ...
```

## Use instead
```python
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
ciphertext = ChaCha20Poly1305(key).encrypt(nonce, data, None)
```
Hashes: `hashlib.sha256`; JavaScript: `crypto.createHash` / WebCrypto; Go: `crypto/sha256`,
`golang.org/x/crypto/chacha20poly1305`; Java: `MessageDigest`, JCA `ChaCha20-Poly1305`.

## References
- CWE-327: Use of a Broken or Risky Cryptographic Algorithm
- CWE-1240: Use of a Cryptographic Primitive with a Risky Implementation
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.crypto.names import NON_CRYPTO_WORDS
from vigilint.analyzers.crypto.syntax import (
    BINARY_KINDS,
    CALL_KINDS,
    CRYPTO_LANGUAGES,
    FUNCTION_KINDS,
    INTEGER_KINDS,
    LOOP_KINDS,
    callee,
    function_name,
    int_value,
    last_name,
    operands,
    operator,
    unwrap,
    walk,
    words,
)
from vigilint.model import Rule

_ROTATE_CALLS = frozenset({"rotl", "rotr", "rol", "ror", "rotl32", "rotr32", "rotl64", "rotr64",
                           "rotate_left", "rotate_right", "rotateLeft", "rotateRight", "ROTL",
                           "ROTR", "RotateLeft32", "RotateLeft64", "RotateLeft", "left_rotate",
                           "right_rotate", "leftrotate", "rightrotate", "rotleft", "rotright",
                           "ROTL32", "ROTR32", "rotate", "_rotl", "_rotr", "rot"})
# MurmurHash3, xxHash and splitmix constants: non-cryptographic hashing and PRNG mixing.
_NON_CRYPTO_CONSTANTS = frozenset({
    0xCC9E2D51, 0x1B873593, 0xE6546B64, 0x85EBCA6B, 0xC2B2AE35, 0x9E3779B1, 0x85EBCA77,
    0xC2B2AE3D, 0x27D4EB2F, 0x165667B1, 0x87C37B91114253D5, 0x4CF5AD432745937F,
    0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9, 0x94D049BB133111EB, 0xFF51AFD7ED558CCD,
    0xC4CEB9FE1A85EC53,
})
_EXCLUDED_WORDS = NON_CRYPTO_WORDS | {"random", "rand", "rng", "prng", "xorshift", "splitmix",
                                      "wyhash", "combine", "pcg"}


def _is_rotation(ctx: FileContext, node: Node) -> bool:
    if operator(ctx, node) not in ("|", "^", "+"):
        return False
    left, right = (unwrap(n) for n in operands(node))
    if left is None or right is None or left.type not in BINARY_KINDS \
            or right.type not in BINARY_KINDS:
        return False
    ops = {operator(ctx, left), operator(ctx, right)}
    if "<<" not in ops or not ops & {">>", ">>>"}:
        return False
    a, b = operands(left)[0], operands(right)[0]
    return a is not None and b is not None and ctx.node_text(unwrap(a)) == ctx.node_text(unwrap(b))


def _check(ctx: FileContext, fn: Node) -> Hit | None:
    body = fn.child_by_field_name("body")
    if body is None:
        return None
    source = ctx.source[body.start_byte:body.end_byte]
    if b"<<" not in source and b"rot" not in source.lower():
        return None
    name = function_name(ctx, fn)
    if set(words(name)) & _EXCLUDED_WORDS or name in ("__hash__", "hashCode", "GetHashCode"):
        return None
    rotations = additions = 0
    looped = False
    for n in walk(body):
        kind = n.type
        if kind in FUNCTION_KINDS:
            continue
        if kind in LOOP_KINDS:
            looped = True
        elif kind in BINARY_KINDS:
            if _is_rotation(ctx, n):
                rotations += 1
            elif operator(ctx, n) == "+":
                additions += 1
        elif kind in CALL_KINDS:
            if last_name(callee(ctx, n)) in _ROTATE_CALLS:
                rotations += 1
        elif kind in ("augmented_assignment", "augmented_assignment_expression",
                      "assignment_statement", "assignment_expression") \
                and operator(ctx, n) == "+=":
            additions += 1
        elif kind in INTEGER_KINDS and int_value(ctx, n) in _NON_CRYPTO_CONSTANTS:
            return None
    if rotations >= 2 and additions >= 1 and (looped or rotations >= 4):
        return Hit(node=fn.child_by_field_name("name") or fn)
    return None


RULE = Rule(
    id="VG-CRYPTO-003",
    name="hand-rolled-arx-rounds",
    category="crypto-implementation",
    languages=CRYPTO_LANGUAGES,
    cwe=(327, 1240),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="This function is a hand-written rotate-and-add round (ChaCha/SHA/MD5/TEA style); "
            "use an audited primitive (`hashlib`, `cryptography`'s `ChaCha20Poly1305`, WebCrypto, "
            "Go `crypto/*`, JCA).",
    node_kinds=tuple(sorted(FUNCTION_KINDS - {"function"})),
    check=_check,
)
