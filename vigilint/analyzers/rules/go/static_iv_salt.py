"""## What it does
Flags constant IVs, nonces and salts: the IV of `cipher.NewCBCEncrypter/NewCBCDecrypter/NewCTR/
NewCFBEncrypter/NewOFB`, the nonce of `aead.Seal`, and the salt of `pbkdf2.Key`,
`argon2.Key/IDKey` and `scrypt.Key` when it is built only from constants (`[]byte{0x00, ...}`,
`[]byte("fixed")`, a zeroed `make([]byte, n)` never filled by `rand.Read`).

## Why is this bad?
A fixed IV makes CBC leak equal plaintext prefixes and destroys CTR/GCM security (nonce reuse
reveals plaintext XORs and allows tag forgery); a fixed salt lets one precomputed table crack
every password hash (CWE-329, CWE-760).

## Example
```go
iv := []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}
mode := cipher.NewCBCEncrypter(block, iv)
```

## Use instead
```go
iv := make([]byte, aes.BlockSize)
if _, err := rand.Read(iv); err != nil { return err }   // crypto/rand, sent with the data
mode := cipher.NewCBCEncrypter(block, iv)
```

## References
- CWE-329: Generation of Predictable IV with CBC Mode
- CWE-760: Use of a One-Way Hash with a Predictable Salt
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import flow
from vigilint.analyzers.rules.go._common import args_of, call_name, method_name
from vigilint.model import Rule

_IV_AT = {"crypto/cipher.NewCBCEncrypter": 1, "crypto/cipher.NewCBCDecrypter": 1,
          "crypto/cipher.NewCTR": 1, "crypto/cipher.NewCFBEncrypter": 1,
          "crypto/cipher.NewCFBDecrypter": 1, "crypto/cipher.NewOFB": 1}
_SALT_AT = {"golang.org/x/crypto/pbkdf2.Key": 1, "golang.org/x/crypto/argon2.Key": 1,
            "golang.org/x/crypto/argon2.IDKey": 1, "golang.org/x/crypto/scrypt.Key": 1,
            "crypto/pbkdf2.Key": 2}


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call)
    index = _IV_AT.get(name)
    what = "IV"
    if index is None:
        index = _SALT_AT.get(name)
        what = "salt"
    if index is None and method_name(ctx, call) == "Seal" and "/" not in name:
        index, what = 1, "nonce"
    if index is None:
        return None
    args = args_of(ctx, call)
    if index >= len(args):
        return None
    value = flow(ctx).value(args[index])
    if value.all_labels() or not value.is_literal:
        return None  # a parameter, random bytes, data of unknown origin
    return Hit(node=call, message=f"The {what} is a constant; generate it with `crypto/rand` "
                                  "for every message or password.")


RULE = Rule(
    id="VG-GO-CRYPTO-006",
    name="static-iv-or-salt",
    category="outdated-crypto",
    languages=("go",),
    cwe=(329, 760),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="A constant IV, nonce or salt is used; generate a fresh one with `crypto/rand`.",
    prefilter=("crypto/cipher", "Key", "Seal"),
    node_kinds=("call_expression",),
    check=_check,
)
