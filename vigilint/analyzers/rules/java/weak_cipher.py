"""## What it does
Flags `Cipher.getInstance` with a broken or weak transformation: DES, 3DES (`DESede`), RC2, RC4
(`ARCFOUR`), Blowfish, any `/ECB/` mode, and a bare `"AES"` (which the JCE runs as
`AES/ECB/PKCS5Padding`), and `KeyGenerator`/`SecretKeyFactory` for DES, 3DES, RC2, RC4 or
Blowfish keys. The algorithm is read after constant propagation, so
`String alg = "DES"; Cipher.getInstance(alg)` is found too.

## Why is this bad?
DES and RC4 are broken; 3DES and Blowfish have 64-bit blocks (Sweet32). ECB encrypts equal
blocks to equal ciphertext, leaking the structure of the plaintext (CWE-327).

## Example
```java
Cipher c = Cipher.getInstance("DES/CBC/PKCS5Padding");
Cipher d = Cipher.getInstance("AES");
```

## Use instead
```java
Cipher c = Cipher.getInstance("AES/GCM/NoPadding");   // with a fresh 12-byte IV per message
```

## References
- CWE-327: Use of a Broken or Risky Cryptographic Algorithm
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

import json

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.java._common import arguments, const_arg, name_of, receiver_text
from vigilint.model import Fix, Rule

_WEAK = frozenset({"DES", "DESEDE", "TRIPLEDES", "3DES", "RC2", "RC4", "ARCFOUR", "BLOWFISH",
                   "IDEA", "CAST5"})


def _weakness(transformation: str) -> str | None:
    parts = [p.strip().upper() for p in transformation.split("/")]
    algorithm = parts[0]
    if algorithm in _WEAK:
        return f"`{parts[0]}` is a broken or 64-bit-block cipher"
    if algorithm.startswith("PBEWITH") and ("DES" in algorithm or "RC" in algorithm):
        return f"`{transformation}` uses DES/RC2/RC4 underneath"
    if algorithm == "RSA":
        return None
    if len(parts) > 1 and parts[1] == "ECB":
        return "ECB mode leaks plaintext structure"
    if algorithm == "AES" and len(parts) == 1:
        return "a bare `\"AES\"` means AES/ECB/PKCS5Padding"
    return None


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if name_of(ctx, node) != "getInstance":
        return None
    receiver = receiver_text(ctx, node)
    if receiver.endswith(("KeyGenerator", "SecretKeyFactory")):
        value = const_arg(ctx, node, 0)
        if isinstance(value, str) and _weakness(value) is not None and "ECB" not in value \
                and value.upper() != "AES":
            first = arguments(ctx, node)[0]
            fix = None
            if first.type == "string_literal" and receiver.endswith("KeyGenerator"):
                fix = Fix(title="Generate AES keys (for AES-GCM)", safe=False,
                          edits=(ctx.edit_node(first, json.dumps("AES")),))
            return Hit(node=node, fix=fix, message=f"`{value}` keys are for a broken or "
                                                   "64-bit-block cipher; generate AES keys "
                                                   "for AES-GCM.")
        return None
    if not receiver.endswith("Cipher"):
        return None
    value = const_arg(ctx, node, 0)
    if not isinstance(value, str):
        return None
    reason = _weakness(value)
    if reason is None:
        return None
    fix = None
    first = arguments(ctx, node)[0]
    if first.type == "string_literal" and not value.upper().startswith("PBE"):
        # another algorithm needs an AES key too: the fix is for a reviewer to finish
        fix = Fix(title="Use `AES/GCM/NoPadding` (supply a fresh IV per message)", safe=False,
                  edits=(ctx.edit_node(first, json.dumps("AES/GCM/NoPadding")),))
    return Hit(node=node, fix=fix, message=(
        f"Weak cipher: {reason}; use `Cipher.getInstance(\"AES/GCM/NoPadding\")`."))


RULE = Rule(
    id="VG-JAVA-CRYPTO-001",
    name="weak-cipher",
    category="outdated-crypto",
    languages=("java",),
    cwe=(327,),
    likelihood="likely",
    impact="high",
    confidence="high",
    message="Weak cipher or ECB mode; use `Cipher.getInstance(\"AES/GCM/NoPadding\")`.",
    prefilter=("getInstance",),
    node_kinds=("method_invocation",),
    check=_check,
    fixable=True,
)
