"""## What it does
Flags `crypto.createCipher`/`createDecipher` (deprecated: key derived with MD5, no IV) and
`createCipheriv` with broken ciphers or modes: DES, 3DES, RC2, RC4, Blowfish, and any `-ecb`
mode.

## Why is this bad?
DES and RC4 are broken; ECB encrypts equal blocks to equal ciphertext and leaks patterns; the
IV-less `createCipher` produces the same ciphertext for the same message and key
(CWE-327).

## Example
```js
const cipher = crypto.createCipheriv("aes-256-ecb", key, null);
```

## Use instead
```js
const iv = crypto.randomBytes(12);
const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
```

## References
- CWE-327: Use of a Broken or Risky Cryptographic Algorithm
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.syntax import javascript
from vigilint.model import Fix, Rule

_BROKEN = re.compile(r"^(des|des3|des-ede|des-ede3|3des|rc2|rc4|bf|blowfish|cast|idea|seed)"
                     r"(\b|-|$)|-ecb$|^aes-?\d*$", re.IGNORECASE)


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = javascript(ctx).callee_name(call)
    function = name.rsplit(".", 1)[-1]
    if not name.startswith(("crypto.", "node:crypto.")):
        return None
    if function in ("createCipher", "createDecipher"):
        return Hit(node=call, message=f"`{function}` is deprecated: it derives the key with MD5 "
                                      "and uses no IV; use `createCipheriv` with AES-GCM and a "
                                      "random IV.")
    if function not in ("createCipheriv", "createDecipheriv"):
        return None
    args = javascript(ctx).arguments(call).positional
    algorithm = javascript(ctx).string_value(args[0]) if args else None
    if algorithm is None or not _BROKEN.search(algorithm):
        return None
    fix = None
    if args[0].type == "string":
        quote = ctx.node_text(args[0])[0]
        size = re.match(r"aes-?(128|192|256)", algorithm, re.IGNORECASE)
        target = f"aes-{size.group(1) if size else 256}-gcm"  # an AES key keeps its size
        fix = Fix(title=f"Use `{target}` (with a fresh 12-byte IV and the auth tag)",
                  safe=False, edits=(ctx.edit_node(args[0], f"{quote}{target}{quote}"),))
    return Hit(node=call, fix=fix)


RULE = Rule(
    id="VG-JS-CRYPTO-002",
    name="weak-cipher",
    category="outdated-crypto",
    languages=("javascript",),
    cwe=(327,),
    likelihood="likely",
    impact="high",
    confidence="high",
    message="A broken cipher or ECB mode is used; use `aes-256-gcm` with a random 12-byte IV.",
    prefilter=("createCipher", "createDecipher"),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
