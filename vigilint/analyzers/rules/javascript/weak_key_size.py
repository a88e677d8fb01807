"""## What it does
Flags RSA and DSA keys shorter than 2048 bits (`generateKeyPair("rsa", {modulusLength: 1024})`,
`new NodeRSA({b: 512})`) and DH groups below 2048 bits.

## Why is this bad?
1024-bit RSA is within reach of well-funded attackers and is disallowed by NIST since 2013;
512-bit keys are factored in hours (CWE-326).

## Example
```js
crypto.generateKeyPairSync("rsa", { modulusLength: 1024 });
```

## Use instead
```js
crypto.generateKeyPairSync("rsa", { modulusLength: 3072 });  // at least 2048
```

## References
- CWE-326: Inadequate Encryption Strength
- NIST SP 800-131A
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.imports import qualified_name
from vigilint.analyzers.syntax import javascript
from vigilint.model import Fix, Rule

_MIN_BITS = 2048


def _small(ctx: FileContext, node: Node | None) -> Node | None:
    resolved = javascript(ctx).resolved(node)
    if resolved is None or resolved.type != "number":
        return None
    try:
        bits = int(ctx.node_text(resolved).replace("_", ""), 0)
    except ValueError:
        return None
    return resolved if bits < _MIN_BITS else None


def _hit(ctx: FileContext, node: Node, number: Node) -> Hit:
    fix = Fix(title="Use a 2048-bit key", safe=True, edits=(ctx.edit_node(number, "2048"),)) \
        if number is node else None
    return Hit(node=node, fix=fix)


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "call_expression" and \
            not javascript(ctx).callee_name(node).startswith(("crypto.", "node:crypto.")):
        return None
    args = javascript(ctx).arguments(node).positional
    if node.type == "new_expression":
        name = qualified_name(ctx, node.child_by_field_name("constructor")) or ""
        if name not in ("node-rsa", "NodeRSA") or not args:
            return None
        value = javascript(ctx).object_properties(args[0]).get("b")
        small = _small(ctx, value)
        return _hit(ctx, value, small) if value is not None and small is not None else None
    name = javascript(ctx).callee_name(node)
    function = name.rsplit(".", 1)[-1]
    if not name.startswith(("crypto.", "node:crypto.")):
        return None
    if function in ("generateKeyPair", "generateKeyPairSync") and len(args) >= 2:
        kind = javascript(ctx).string_value(args[0])
        if kind not in ("rsa", "rsa-pss", "dsa", "dh"):
            return None
        props = javascript(ctx).object_properties(args[1])
        value = props.get("modulusLength") or props.get("primeLength")
        small = _small(ctx, value)
        return _hit(ctx, value, small) if value is not None and small is not None else None
    if function in ("createDiffieHellman",) and args:
        small = _small(ctx, args[0])
        return _hit(ctx, args[0], small) if small is not None else None
    return None


RULE = Rule(
    id="VG-JS-CRYPTO-004",
    name="weak-key-size",
    category="outdated-crypto",
    languages=("javascript",),
    cwe=(326,),
    likelihood="likely",
    impact="high",
    confidence="high",
    message="The key is shorter than 2048 bits; use `modulusLength: 2048` or more (3072 for "
            "keys that must last past 2030).",
    prefilter=("crypto", "node-rsa", "NodeRSA"),
    node_kinds=("call_expression", "new_expression"),
    check=_check,
    fixable=True,
)
