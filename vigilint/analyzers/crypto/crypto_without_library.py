"""## What it does
Flags functions named for a cryptographic operation (`encrypt`/`decrypt`, `hash_password`,
`sign_message`/`hmac_...`, `derive_key`/`kdf`/`pbkdf2`) whose bodies call no cryptography
library and instead compute the result by hand (XOR, shifts, modular arithmetic on character
codes, reversal) or with no calls at all. Functions that call an audited library, or delegate
to an object's `encrypt`/`sign`/`digest` method, are not reported; base64/Caesar bodies are
reported by VG-CRYPTO-008 and repeating-key XOR by VG-CRYPTO-002 instead.

## Why is this bad?
A function called `encrypt` or `hash_password` promises protection its body does not give.
Callers store and send the result as if it were safe.

## Example
```python
def hash_password(password):
    h = 0
    for ch in password:
        h = (h * 31 + ord(ch)) % 2**32
    return h
```

## Use instead
```python
from argon2 import PasswordHasher
def hash_password(password):
    return PasswordHasher().hash(password)
```
Encryption: `cryptography`'s `Fernet`/`AESGCM`; signatures/MACs: `hmac.new(key, msg,
hashlib.sha256)` or Ed25519; key derivation: `hashlib.scrypt`/`pbkdf2_hmac`/HKDF. JavaScript:
Node `crypto`/WebCrypto; Go: `crypto/*`, `golang.org/x/crypto`; Java: JCA.

## References
- CWE-327: Use of a Broken or Risky Cryptographic Algorithm
- CWE-1240: Use of a Cryptographic Primitive with a Risky Implementation
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.crypto.bodies import profile
from vigilint.analyzers.crypto.syntax import (
    AUGMENTED_KINDS,
    BINARY_KINDS,
    CRYPTO_LANGUAGES,
    FUNCTION_KINDS,
    walk,
)
from vigilint.analyzers.crypto.xor_cipher import _check as xor_check
from vigilint.model import Rule

_ADVICE = {
    "encrypt": "encrypt with `cryptography`'s `Fernet`/`AESGCM`, WebCrypto AES-GCM, Go "
               "`crypto/cipher` GCM or JCA `AES/GCM/NoPadding`",
    "hash-password": "hash passwords with argon2/bcrypt (`argon2.PasswordHasher`, "
                     "`bcrypt.hashpw`, Go `x/crypto/bcrypt`, Spring `BCryptPasswordEncoder`)",
    "sign": "sign with `hmac.new(key, msg, hashlib.sha256)` or Ed25519 (`crypto.createHmac`, Go "
            "`crypto/hmac`, JCA `Mac`)",
    "kdf": "derive keys with `hashlib.scrypt`/`pbkdf2_hmac` or HKDF (`crypto.hkdf`, Go "
           "`x/crypto/hkdf`, JCA `SecretKeyFactory`)",
}


def _check(ctx: FileContext, fn: Node) -> Hit | None:
    p = profile(ctx, fn)
    if not p.verb or p.library or p.body_statements == 0:
        return None
    if (p.base64 and not p.hand_work and not p.unknown_calls) or (p.caesar and p.secret_context):
        return None  # VG-CRYPTO-008 reports encodings and toy ciphers
    if not p.hand_work and p.unknown_calls:
        return None  # may delegate to a helper we cannot see
    if not p.hand_work and p.body_statements < 2 and p.verb != "hash-password":
        return None
    if _reported_by_xor_rule(ctx, fn):
        return None  # one finding per flaw: VG-CRYPTO-002 already points at the XOR
    name = p.name or "this function"
    return Hit(node=fn.child_by_field_name("name") or fn,
               message=f"`{name}` computes its result by hand without a cryptography library; "
                       f"{_ADVICE[p.verb]}.")


def _reported_by_xor_rule(ctx: FileContext, fn: Node) -> bool:
    body = fn.child_by_field_name("body")
    if body is None or b"^" not in ctx.source[body.start_byte:body.end_byte]:
        return False
    return any(n.type in XOR_KINDS and xor_check(ctx, n) for n in walk(body))


XOR_KINDS = BINARY_KINDS | AUGMENTED_KINDS

RULE = Rule(
    id="VG-CRYPTO-009",
    name="crypto-function-without-library",
    category="crypto-implementation",
    languages=CRYPTO_LANGUAGES,
    cwe=(327, 1240),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="This function is named for a cryptographic operation but calls no cryptography "
            "library; use `cryptography`, `hashlib`/`hmac`, argon2/bcrypt, WebCrypto/`crypto`, "
            "Go `crypto/*` or JCA.",
    node_kinds=tuple(sorted(FUNCTION_KINDS - {"function"})),
    check=_check,
)
