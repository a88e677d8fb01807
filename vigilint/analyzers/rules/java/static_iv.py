"""## What it does
Flags `new IvParameterSpec(...)` / `new GCMParameterSpec(len, ...)` built from a constant: a
byte-array literal, `"...".getBytes()`, or a `static final` array initialised with literals.

## Why is this bad?
Reusing one IV (nonce) for every message leaks equal plaintext prefixes in CBC, and in GCM/CTR
it reveals the XOR of plaintexts and lets an attacker forge tags (CWE-329).

## Example
```java
IvParameterSpec iv = new IvParameterSpec(new byte[16]);
```

## Use instead
```java
byte[] ivBytes = new byte[12];
new SecureRandom().nextBytes(ivBytes);          // fresh per message, sent with the ciphertext
GCMParameterSpec spec = new GCMParameterSpec(128, ivBytes);
```

## References
- CWE-329: Generation of Predictable IV with CBC Mode
- CWE-1204: Generation of Weak Initialization Vector
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.java._common import arguments, enclosing_method, type_name
from vigilint.model import Fix, Rule


def _constant_array(ctx: FileContext, node: Node) -> bool:
    text = ctx.node_text(node)
    if node.type == "array_creation_expression":
        return True  # new byte[16] (all zero) or new byte[] {1, 2, ...}
    if node.type == "method_invocation" and re.fullmatch(r'"[^"]*"\s*\.\s*getBytes\([^)]*\)',
                                                          text):
        return True
    if node.type == "identifier":
        method = enclosing_method(ctx, node)
        scope = ctx.node_text(method) if method is not None else ""
        if re.search(rf"\b{re.escape(text)}\s*=\s*(new\s+byte\s*\[\s*\]\s*\{{|\"[^\"]*\"\s*\."
                     r"\s*getBytes)", scope):
            return True
        if re.search(rf"static\s+final\s+byte\s*\[\s*\]\s+{re.escape(text)}\s*=\s*"
                     r"(new\s+byte\s*\[\s*\]\s*)?\{", ctx.text):
            return True
        if re.search(rf"(nextBytes|generateSeed|getIV|read)\s*\(\s*{re.escape(text)}\b", scope):
            return False
    return False


def _check(ctx: FileContext, node: Node) -> Hit | None:
    kind = type_name(ctx, node)
    args = arguments(ctx, node)
    if kind == "IvParameterSpec" and args:
        iv = args[0]
    elif kind == "GCMParameterSpec" and len(args) >= 2:
        iv = args[1]
    else:
        return None
    if not _constant_array(ctx, iv):
        return None
    return Hit(node=node, fix=_random_iv_fix(ctx, node, iv, 12 if kind.startswith("GCM") else 16))


def _random_iv_fix(ctx: FileContext, node: Node, iv: Node, size: int) -> Fix | None:
    """Fresh random IV bytes in place of the constant, where the method only encrypts.
    Unsafe: the decrypting side needs this IV, so it must be sent with the ciphertext."""
    method = enclosing_method(ctx, node)
    if method is None or "DECRYPT_MODE" in ctx.node_text(method):
        return None
    return Fix(title="Use a random IV (send it with the ciphertext)", safe=False, edits=(
        ctx.edit_node(iv, f"new java.security.SecureRandom().generateSeed({size})"),))


RULE = Rule(
    id="VG-JAVA-CRYPTO-005",
    name="static-iv",
    category="outdated-crypto",
    languages=("java",),
    cwe=(329,),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="The IV/nonce is a constant; generate a fresh random IV per message with "
            "`SecureRandom`.",
    prefilter=("IvParameterSpec", "GCMParameterSpec"),
    node_kinds=("object_creation_expression",),
    check=_check,
    fixable=True,
)
