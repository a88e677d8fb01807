"""## What it does
Flags constant initialisation vectors passed to `crypto.createCipheriv` (`Buffer.alloc(16)`,
string literals, `Buffer.from("...")`) and constant salts passed to `pbkdf2`, `scrypt` and
`hkdf`.

## Why is this bad?
A fixed IV makes equal plaintexts encrypt to equal ciphertexts and, with CTR/GCM, reveals the
XOR of messages or lets an attacker forge them (CWE-329). A fixed salt lets one precomputed
table crack every password at once (CWE-760).

## Example
```js
const cipher = crypto.createCipheriv("aes-256-cbc", key, Buffer.alloc(16, 0));
const hash = crypto.pbkdf2Sync(password, "static-salt", 310000, 32, "sha256");
```

## Use instead
```js
const iv = crypto.randomBytes(16);      // store it beside the ciphertext
const salt = crypto.randomBytes(16);    // store it beside the hash
```

## References
- CWE-329: Generation of Predictable IV with CBC Mode
- CWE-760: Use of a One-Way Hash with a Predictable Salt
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.imports import qualified_name
from vigilint.analyzers.syntax import javascript
from vigilint.model import Rule

_CIPHERS = frozenset({"createCipheriv"})
_KDFS = frozenset({"pbkdf2", "pbkdf2Sync", "scrypt", "scryptSync", "hkdf", "hkdfSync"})


def _constant_bytes(ctx: FileContext, node: Node | None) -> bool:
    node = javascript(ctx).resolved(node)
    if node is None:
        return False
    if node.type == "string" or (node.type == "template_string" and not any(
            c.type == "template_substitution" for c in node.named_children)):
        return True
    if node.type in ("call_expression", "new_expression"):
        callee = node.child_by_field_name("function") or node.child_by_field_name("constructor")
        name = qualified_name(ctx, callee) or ""
        args = javascript(ctx).arguments(node).positional
        if name in ("Buffer.alloc", "Buffer.allocUnsafe", "new Buffer", "Buffer"):
            return True
        if name in ("Buffer.from", "Uint8Array") and args:
            first = javascript(ctx).resolved(args[0])
            return first is not None and first.type in ("string", "array", "number",
                                                        "template_string") and \
                not any(c.type == "template_substitution" for c in first.named_children)
        if name == "Uint8Array" or name.endswith("Uint8Array"):
            return bool(args) and args[0].type == "number"
    return False


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = javascript(ctx).callee_name(call)
    if not name.startswith(("crypto.", "node:crypto.")):
        return None
    function = name.rsplit(".", 1)[-1]
    args = javascript(ctx).arguments(call).positional
    if function in _CIPHERS and len(args) >= 3:
        if _constant_bytes(ctx, args[2]):
            return Hit(node=args[2], message="The IV is constant; generate a fresh one with "
                                             "`crypto.randomBytes` for every encryption.")
    elif function in _KDFS and len(args) >= 2:
        salt = args[2] if function.startswith("hkdf") and len(args) >= 3 else args[1]
        if _constant_bytes(ctx, salt):
            return Hit(node=salt)
    return None


RULE = Rule(
    id="VG-JS-CRYPTO-003",
    name="static-iv-or-salt",
    category="outdated-crypto",
    languages=("javascript",),
    cwe=(329, 760),
    likelihood="likely",
    impact="high",
    confidence="high",
    message="The salt is constant; generate a random one per password with "
            "`crypto.randomBytes(16)` and store it beside the hash.",
    prefilter=("crypto",),
    node_kinds=("call_expression",),
    check=_check,
)
