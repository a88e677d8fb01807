"""## What it does
Flags `MessageDigest.getInstance` with MD2, MD4, MD5 or SHA-1 (after constant propagation) and
the commons-codec shortcuts `DigestUtils.md5*` / `sha1*` / `shaHex` and Guava `Hashing.md5()` /
`Hashing.sha1()`.

## Why is this bad?
MD5 and SHA-1 have practical collision attacks, and as password hashes any fast digest is
brute-forced on GPUs (CWE-328, CWE-916).

## Example
```java
MessageDigest md = MessageDigest.getInstance("MD5");
```

## Use instead
```java
MessageDigest md = MessageDigest.getInstance("SHA-256");
// for passwords: Argon2, bcrypt, scrypt or PBKDF2 with a salt and a high work factor
```

## References
- CWE-328: Use of Weak Hash
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

import json

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.java._common import arguments, const_arg, name_of, receiver_text
from vigilint.model import Fix, Rule

_WEAK = frozenset({"MD2", "MD4", "MD5", "SHA1", "SHA-1", "SHA"})
_CODEC = frozenset({"md5", "md5Hex", "sha1", "sha1Hex", "sha", "shaHex", "md2", "md2Hex"})


def _rename(ctx: FileContext, call: Node, method: str) -> Fix | None:
    """The same library's SHA-256 method: the digest changes, so stored values need a look."""
    name = call.child_by_field_name("name")
    if name is None:
        return None
    return Fix(title=f"Use `{method}`", safe=False, edits=(ctx.edit_node(name, method),))


def _check(ctx: FileContext, node: Node) -> Hit | None:
    name = name_of(ctx, node)
    receiver = receiver_text(ctx, node)
    if name in _CODEC and receiver.endswith("DigestUtils"):
        return Hit(node=node, fix=_rename(ctx, node, "sha256Hex" if name.endswith("Hex")
                                          else "sha256"))
    if name in ("md5", "sha1") and receiver.endswith("Hashing"):  # Guava
        return Hit(node=node, fix=_rename(ctx, node, "sha256"),
                   message=f"Guava `Hashing.{name}()` is a broken hash; use "
                           "`Hashing.sha256()`.")
    if name != "getInstance" or not receiver.endswith("MessageDigest"):
        return None
    value = const_arg(ctx, node, 0)
    if not isinstance(value, str) or value.strip().upper() not in _WEAK:
        return None
    first = arguments(ctx, node)[0]
    fix = None
    if first.type == "string_literal":
        fix = Fix(title="Use `SHA-256`", safe=False,
                  edits=(ctx.edit_node(first, json.dumps("SHA-256")),))
    return Hit(node=node, fix=fix,
               message=f"`{value}` is a broken hash; use `SHA-256` (or a password KDF).")


RULE = Rule(
    id="VG-JAVA-CRYPTO-002",
    name="weak-hash",
    category="outdated-crypto",
    languages=("java",),
    cwe=(328,),
    likelihood="likely",
    impact="medium",
    confidence="high",
    message="MD5/SHA-1 are broken hashes; use `SHA-256` (or a password KDF for passwords).",
    prefilter=("DigestUtils", "Hashing", "MessageDigest"),
    node_kinds=("method_invocation",),
    check=_check,
    fixable=True,
)
