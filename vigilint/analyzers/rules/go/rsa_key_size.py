"""## What it does
Flags `rsa.GenerateKey(random, bits)` with a constant size below 2048 bits.

## Why is this bad?
RSA keys under 2048 bits are within reach of well-funded attackers (1024-bit RSA is
deprecated by NIST since 2013) (CWE-326).

## Example
```go
key, err := rsa.GenerateKey(rand.Reader, 1024)
```

## Use instead
```go
key, err := rsa.GenerateKey(rand.Reader, 3072)
```

## References
- CWE-326: Inadequate Encryption Strength
- NIST SP 800-131A
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.go._common import args_of, call_name
from vigilint.model import Fix, Rule


def _check(ctx: FileContext, call: Node) -> Hit | None:
    if call_name(ctx, call) != "crypto/rsa.GenerateKey":
        return None
    args = args_of(ctx, call)
    if len(args) != 2 or args[1].type != "int_literal":
        return None
    try:
        bits = int(ctx.node_text(args[1]).replace("_", ""), 0)
    except ValueError:
        return None
    if bits >= 2048:
        return None
    return Hit(node=call, fix=Fix(title="Use a 3072-bit key", safe=False,
                                  edits=(ctx.edit_node(args[1], "3072"),)),
               message=f"A {bits}-bit RSA key is too short; use at least 2048 (3072 preferred).")


RULE = Rule(
    id="VG-GO-CRYPTO-004",
    name="rsa-key-too-short",
    category="outdated-crypto",
    languages=("go",),
    cwe=(326,),
    likelihood="likely",
    impact="high",
    confidence="high",
    message="The RSA key is shorter than 2048 bits; use 3072 bits.",
    prefilter=("GenerateKey",),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
