"""## What it does
Flags `KeyPairGenerator.initialize(bits)` (and `RSAKeyGenParameterSpec(bits, ...)`) with a
constant RSA/DSA/DH key size below 2048 bits.

## Why is this bad?
Keys under 2048 bits are within reach of well-funded attackers; NIST deprecated 1024-bit
RSA/DSA/DH in 2013 (CWE-326).

## Example
```java
KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
kpg.initialize(1024);
```

## Use instead
```java
kpg.initialize(3072);
```

## References
- CWE-326: Inadequate Encryption Strength
- NIST SP 800-131A
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.java._common import arguments, const_arg, name_of, type_name
from vigilint.model import Fix, Rule


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "object_creation_expression":
        if type_name(ctx, node) not in ("RSAKeyGenParameterSpec", "DSAParameterSpec"):
            return None
    elif name_of(ctx, node) != "initialize":
        return None
    else:
        obj = node.child_by_field_name("object")
        text = ctx.node_text(obj).lower()
        if not ("kpg" in text or "keypair" in text or "generator" in text or "keygen" in text):
            return None
    bits = const_arg(ctx, node, 0)
    if not isinstance(bits, int) or bits >= 2048 or bits < 256:
        return None  # < 256 is an EC curve size, not RSA
    first = arguments(ctx, node)[0]
    fix = Fix(title="Use a 3072-bit key", safe=False, edits=(ctx.edit_node(first, "3072"),)) \
        if first.type == "decimal_integer_literal" else None
    return Hit(node=node, fix=fix,
               message=f"A {bits}-bit key is too short; use at least 2048 bits (3072 preferred).")


RULE = Rule(
    id="VG-JAVA-CRYPTO-004",
    name="key-too-short",
    category="outdated-crypto",
    languages=("java",),
    cwe=(326,),
    likelihood="likely",
    impact="high",
    confidence="high",
    message="The key size is below 2048 bits; use 3072 bits.",
    prefilter=("RSAKeyGenParameterSpec", "DSAParameterSpec", "initialize"),
    node_kinds=("method_invocation", "object_creation_expression"),
    check=_check,
    fixable=True,
)
