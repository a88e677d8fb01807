"""## What it does
Flags password storage that is fast to brute-force: a general-purpose hash
(`hashlib.sha256/sha512/sha3_*/blake2*`) applied to a value named like a password, and key
derivation (`hashlib.pbkdf2_hmac`, `hashlib.scrypt`, `bcrypt.hashpw`) with a constant salt.
(MD5/SHA-1 are reported by VG-PY-CRYPTO-001.)

## Why is this bad?
A GPU computes billions of SHA-256 hashes per second, so leaked password hashes fall to a
dictionary attack; a constant salt lets one precomputed table crack every user at once.

## Example
```python
stored = hashlib.sha256(password.encode()).hexdigest()
```

## Use instead
```python
salt = os.urandom(16)
stored = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
# or argon2-cffi: PasswordHasher().hash(password)
```

## References
- CWE-916: Use of Password Hash With Insufficient Computational Effort
- CWE-760: Use of a One-Way Hash with a Predictable Salt
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import flow
from vigilint.analyzers.imports import call_name
from vigilint.analyzers.rules.python._common import arg
from vigilint.analyzers.rules.python._password_fix import names_password, password_hash_fix
from vigilint.model import Rule

_FAST = frozenset({"hashlib.sha256", "hashlib.sha512", "hashlib.sha384", "hashlib.sha224",
                   "hashlib.sha3_256", "hashlib.sha3_512", "hashlib.blake2b", "hashlib.blake2s"})
_KDF_SALT = {"hashlib.pbkdf2_hmac": (2, "salt"), "hashlib.scrypt": (99, "salt"),
             "bcrypt.hashpw": (1, "salt")}
def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call) or ""
    if name in _FAST:
        data = arg(ctx, call, 0, "data") or arg(ctx, call, 0, "string")
        if data is not None and names_password(ctx, data):
            return Hit(node=call, fix=password_hash_fix(ctx, call, data))
        return None
    if name in _KDF_SALT:
        index, keyword_name = _KDF_SALT[name]
        salt = arg(ctx, call, index, keyword_name)
        if salt is None:
            return None
        value = flow(ctx).value(salt)
        if value.is_literal and not value.all_labels():
            return Hit(node=salt, message="The salt is a constant; generate a random salt per "
                                          "password (`os.urandom(16)`) and store it.")
    return None


RULE = Rule(
    id="VG-PY-CRYPTO-006",
    name="weak-password-hash",
    category="outdated-crypto",
    languages=("python",),
    cwe=(916, 760),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="A password is hashed with a fast general-purpose hash; use a password hash "
            "(`hashlib.scrypt`, argon2, bcrypt) with a random salt.",
    prefilter=("sha256", "sha512", "sha384", "sha224", "sha3_", "blake2", "pbkdf2_hmac", "scrypt",
               "hashpw"),
    node_kinds=("call",),
    check=_check,
    fixable=True,
)
