"""## What it does
Flags `des.NewCipher`, `des.NewTripleDESCipher`, `rc4.NewCipher` and `blowfish.NewCipher`, and
block-by-block encryption by hand (`block.Encrypt(dst[i:], src[i:])` in a loop: ECB).

## Why is this bad?
DES and RC4 are broken; 3DES and Blowfish have 64-bit blocks (Sweet32). Encrypting each block
independently is ECB mode, which shows repeated plaintext blocks (CWE-327).

## Example
```go
block, _ := des.NewCipher(key)
```

## Use instead
```go
block, _ := aes.NewCipher(key32)
aead, _ := cipher.NewGCM(block)
ciphertext := aead.Seal(nil, nonce, plaintext, nil)
```

## References
- CWE-327: Use of a Broken or Risky Cryptographic Algorithm
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules._edits import go_drop_import, go_package
from vigilint.analyzers.rules.go._common import args_of, call_name, method_name
from vigilint.model import Fix, Rule

_WEAK = {"crypto/des.NewCipher": "DES", "crypto/des.NewTripleDESCipher": "3DES",
         "crypto/rc4.NewCipher": "RC4", "golang.org/x/crypto/blowfish.NewCipher": "Blowfish"}


def _aes_fix(ctx: FileContext, call: Node, name: str) -> Fix | None:
    """`des.NewCipher(key)` / `des.NewTripleDESCipher(key)` -> `aes.NewCipher(key)`, importing
    crypto/aes and dropping crypto/des when this was its only use. Unsafe: AES takes a 16, 24
    or 32-byte key (a 3DES key of 24 bytes fits) and 16-byte blocks and IVs."""
    function = call.child_by_field_name("function")
    if not name.startswith("crypto/des.") or function is None or \
            function.type != "selector_expression":
        return None
    alias = ctx.node_text(function.child_by_field_name("operand"))
    aes, edits = go_package(ctx, "crypto/aes")
    edits.append(ctx.edit_node(function, f"{aes}.NewCipher"))
    if len(re.findall(rf"\b{re.escape(alias)}\.", ctx.text)) == 1:
        dropped = go_drop_import(ctx, "crypto/des")
        if dropped is not None:
            edits.append(dropped)
    return Fix(title="Use AES (`aes.NewCipher`; 16/24/32-byte key, 16-byte IV)", safe=False,
               edits=tuple(edits))


def _in_loop(node: Node) -> bool:
    cur = node.parent
    while cur is not None and cur.type not in ("function_declaration", "method_declaration",
                                               "func_literal"):
        if cur.type == "for_statement":
            return True
        cur = cur.parent
    return False


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call)
    if name in _WEAK:
        return Hit(node=call, fix=_aes_fix(ctx, call, name), message=(
            f"{_WEAK[name]} is broken or has 64-bit blocks; use AES-GCM (`aes.NewCipher` + "
            "`cipher.NewGCM`)."))
    if method_name(ctx, call) in ("Encrypt", "Decrypt"):
        args = args_of(ctx, call)
        if len(args) == 2 and all(a.type == "slice_expression" for a in args) and _in_loop(call):
            return Hit(node=call, likelihood="likely", message=(
                "Encrypting block by block is ECB mode; use `cipher.NewGCM`."))
    return None


RULE = Rule(
    id="VG-GO-CRYPTO-002",
    name="weak-cipher",
    category="outdated-crypto",
    languages=("go",),
    cwe=(327,),
    likelihood="likely",
    impact="high",
    confidence="high",
    message="A broken cipher or ECB mode is used; use AES-GCM.",
    prefilter=("crypto/des", "crypto/rc4", "blowfish", "Encrypt", "Decrypt"),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
