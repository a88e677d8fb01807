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


from vigilint.analyzers.crypto.implementations import reporter
from vigilint.analyzers.crypto.syntax import CRYPTO_LANGUAGES
from vigilint.model import Rule

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
    check_file=reporter("VG-CRYPTO-009"),
)
