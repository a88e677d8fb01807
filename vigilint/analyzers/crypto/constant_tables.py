"""## What it does
Flags literals that spell the constant tables of a cipher or hash: the AES S-box, inverse S-box,
round constants and T-tables, the SHA-1/SHA-2 round constants and initial hash values, MD5's
sine table, the DES S-boxes and permutations, Blowfish's P-array, and ChaCha20/Salsa20's
"expand 32-byte k". Arrays are matched on runs of consecutive entries (byte tables) or on
three or more members of one table (32/64-bit tables); loose scalar constants are matched when
three members of one table appear in the file.

## Why is this bad?
Those tables only appear in code that implements the algorithm itself. Hand-written ciphers
and hashes are the classic AI-generated crypto bug: they miss constant-time execution, padding
and mode rules, authentication, and test vectors, and they are never audited. Look-alikes such
as CRC tables, FNV/Murmur primes and the golden-ratio mixer are not matched.

## Example
```python
SBOX = [0x63, 0x7C, 0x77, 0x7B, 0xF2, 0x6B, 0x6F, 0xC5, 0x30, 0x01]
K = [0x428A2F98, 0x71374491, 0xB5C0FBCF, 0xE9B5DBA5]
```

## Use instead
```python
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
ciphertext = AESGCM(key).encrypt(nonce, data, None)
digest = hashlib.sha256(data).digest()
```
JavaScript: WebCrypto `crypto.subtle` or Node `crypto`; Go: `crypto/aes` + `crypto/cipher`,
`crypto/sha256`; Java: JCA `Cipher.getInstance("AES/GCM/NoPadding")`, `MessageDigest`.

## References
- CWE-327: Use of a Broken or Risky Cryptographic Algorithm
- CWE-1240: Use of a Cryptographic Primitive with a Risky Implementation
- OWASP A02:2021 Cryptographic Failures / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.crypto.constants import (
    REPLACEMENT,
    family,
    match_sequence,
    match_words,
    string_signatures,
    word_tables,
)
from vigilint.analyzers.crypto.syntax import (
    CRYPTO_LANGUAGES,
    INTEGER_KINDS,
    STRING_KINDS,
    array_elements,
    array_of,
    int_value,
)
from vigilint.model import Rule

_SCALAR_MINIMUM = 3
_MIN_WORD = 0x10000  # word-table members are at least this large


def _message(table: str) -> str:
    return (f"This literal is the {table} of a hand-written cipher or hash; use "
            f"{REPLACEMENT[family(table)]} instead.")


def _array_hit(ctx: FileContext, array: Node) -> Hit | None:
    values: list[int] = []
    for element in array_elements(array):
        negative = element.type == "unary_expression" and ctx.node_text(element).startswith("-")
        if negative:
            element = element.named_children[-1]
        if element.type in INTEGER_KINDS:
            value = int_value(ctx, element)
            if value is not None:
                values.append((-value) & 0xFFFFFFFF if negative else value)
        elif element.type in ("literal_value", "list", "array", "array_initializer"):
            return None  # nested rows are checked on their own
    table = match_sequence(values) or match_words(values)
    if table is None:
        return None
    return Hit(node=array, message=_message(table))


def _scalar_hit(ctx: FileContext, node: Node, value: int) -> Hit | None:
    table = word_tables().get(value)
    if table is None:
        return None
    seen: dict[str, set[int]] = ctx.cache.setdefault("crypto.scalar_constants", {})
    members = seen.setdefault(table, set())
    before = len(members)
    members.add(value)
    if before < _SCALAR_MINIMUM <= len(members) and before != len(members):
        return Hit(node=node, message=_message(table))
    return None


def _string_hit(ctx: FileContext, node: Node) -> Hit | None:
    present = ctx.cache.get("crypto.string_signatures")
    if present is None:
        lowered = ctx.text.lower()
        signatures = string_signatures()
        present = tuple((s, signatures[s]) for s in signatures if s in lowered)
        ctx.cache["crypto.string_signatures"] = present
    if not present:
        return None
    parent = node.parent
    if parent is not None and parent.type in STRING_KINDS:
        return None  # JS template/TS string nesting: report the outer one
    if parent is not None and parent.type == "expression_statement":
        return None  # a docstring or a bare string talks about the constant, it does not use it
    text = ctx.node_text(node).lower()
    for signature, table in present:
        if signature in text:
            return Hit(node=node, message=_message(f"{table} constant"))
    return None


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type in STRING_KINDS:
        return _string_hit(ctx, node)
    array = array_of(node)
    if array is not None:
        first = next((e for e in array_elements(array) if e.type in INTEGER_KINDS), None)
        return _array_hit(ctx, array) if first is not None and first.id == node.id else None
    text = ctx.node_text(node)
    if len(text) < 5:
        return None
    value = int_value(ctx, node)
    if value is None or value < _MIN_WORD:
        return None
    return _scalar_hit(ctx, node, value)


RULE = Rule(
    id="VG-CRYPTO-001",
    name="hand-rolled-crypto-constants",
    category="crypto-implementation",
    languages=CRYPTO_LANGUAGES,
    cwe=(327, 1240),
    likelihood="likely",
    impact="critical",
    confidence="high",
    message="These constants belong to a hand-written cipher or hash; use an audited library "
            "(`cryptography`'s `AESGCM`, `hashlib`, WebCrypto, Go `crypto/*`, JCA) instead.",
    node_kinds=tuple(sorted(INTEGER_KINDS | STRING_KINDS)),
    check=_check,
)
