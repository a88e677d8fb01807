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
from vigilint.model import Fix, Rule

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
            size = 12 if "gcm" in (javascript(ctx).string_value(args[0]) or "").lower() else 16
            fix = _random_fix(ctx, call, args[2], size, "IV") \
                if function.startswith("createCipher") else None
            return Hit(node=args[2], fix=fix, message="The IV is constant; generate a fresh one "
                                                      "with `crypto.randomBytes` for every "
                                                      "encryption.")
    elif function in _KDFS and len(args) >= 2:
        salt = args[2] if function.startswith("hkdf") and len(args) >= 3 else args[1]
        if _constant_bytes(ctx, salt):
            return Hit(node=salt, fix=_random_fix(ctx, call, salt, 16, "salt"))
    return None


def _random_fix(ctx: FileContext, call: Node, value: Node, size: int, what: str) -> Fix | None:
    """`crypto.randomBytes(n)` in place of the constant. Unsafe: the reader of the data needs
    this value, so it must now be stored or sent with the ciphertext or the hash."""
    function = call.child_by_field_name("function")
    if function is None or function.type != "member_expression":
        return None  # a bare imported name: no module object to call randomBytes on
    crypto = ctx.node_text(function.child_by_field_name("object"))
    return Fix(title=f"Generate a random {what} (store it with the output)", safe=False,
               edits=(ctx.edit_node(value, f"{crypto}.randomBytes({size})"),))


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
    fixable=True,
)
