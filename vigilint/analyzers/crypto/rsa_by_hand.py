"""## What it does
Flags textbook RSA (or other public-key arithmetic) done by hand: `pow(m, e, n)` / `pow(c, d, n)`
on key-named values, `m.modPow(e, n)` in Java, `new(big.Int).Exp(m, e, n)` in Go, and a
hand-written modular exponentiation (`modexp`, `pow_mod`, square-and-multiply) in a file that
handles keys, encryption or signatures (its caller passing key-named values, also through a
conversion such as `BigInt(d)`, joins it), square-and-multiply written out inside a function
named for the operation or taking the key (`rsaSignManifest(h, d, n)`; not in primality
tests), and `(m ** e) % n` on key-named values. Key generation,
encryption, decryption and signing side by side (or sharing a helper or a key type) are one
implementation.

One finding per implementation: the region spans the function or class that implements the primitive (methods of one class, and helpers or inverse functions such as `encrypt`/`decrypt`, are one implementation), each piece of evidence is a related location, and the message names what was recognised and the audited call to use in the file's language. A unit that shows several kinds is reported once, by the rule of its most specific kind (docs of `implementations.py`).

## Why is this bad?
Textbook RSA has no padding: it is deterministic, malleable, and leaks through small exponents
and chosen ciphertexts; hand-written big-number code is not constant time and leaks the private
exponent through timing. Real RSA needs OAEP for encryption and PSS for signatures.

## Example
```python
ciphertext = pow(message, e, n)
```

## Use instead
```python
from cryptography.hazmat.primitives.asymmetric import padding
ciphertext = public_key.encrypt(message, padding.OAEP(
    mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None))
```
JavaScript: `crypto.publicEncrypt` with `RSA_PKCS1_OAEP_PADDING` or WebCrypto `RSA-OAEP`; Go:
`rsa.EncryptOAEP` / `rsa.SignPSS`; Java: `Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding")`.

## References
- CWE-327: Use of a Broken or Risky Cryptographic Algorithm
- CWE-1240: Use of a Cryptographic Primitive with a Risky Implementation
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""


from vigilint.analyzers.crypto.implementations import reporter
from vigilint.analyzers.crypto.syntax import CRYPTO_LANGUAGES
from vigilint.model import Rule

RULE = Rule(
    id="VG-CRYPTO-005",
    name="rsa-by-hand",
    category="crypto-implementation",
    languages=CRYPTO_LANGUAGES,
    cwe=(327, 1240),
    likelihood="likely",
    impact="critical",
    confidence="medium",
    message="Textbook RSA/modular exponentiation by hand has no padding and leaks through "
            "timing; use `cryptography`'s RSA with OAEP/PSS, Node `crypto.publicEncrypt`, Go "
            "`rsa.EncryptOAEP`/`rsa.SignPSS` or JCA `RSA/ECB/OAEPWithSHA-256AndMGF1Padding`.",
    check_file=reporter("VG-CRYPTO-005"),
)
