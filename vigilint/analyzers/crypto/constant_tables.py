"""## What it does
Flags literals that spell the constant tables of a cipher or hash: the AES S-box, inverse S-box,
round constants and T-tables, the SHA-1/SHA-2 round constants and initial hash values, MD5's
sine table, the DES S-boxes and permutations, Blowfish's P-array, and ChaCha20/Salsa20's
"expand 32-byte k". Arrays are matched on runs of consecutive entries (byte tables) or on
three or more members of one table (32/64-bit tables); loose scalar constants are matched when
three members of one table appear in the file.

One finding per implementation: the region spans the function or class that implements the primitive (methods of one class, and helpers or inverse functions such as `encrypt`/`decrypt`, are one implementation; a class that also does other things, a CRC or a simulation, is reported over its implementing methods only), each piece of evidence is a related location, and the message names what was recognised and the audited call to use in the file's language. A unit that shows several kinds is reported once, by the rule of its most specific kind (docs of `implementations.py`).

## Why is this bad?
Those tables only appear in code that implements the algorithm itself. Hand-written ciphers
and hashes are the classic AI-generated crypto bug: they miss constant-time execution, padding
and mode rules, authentication, and test vectors, and they are never audited. Look-alikes such
as CRC tables, FNV/Murmur primes and the golden-ratio mixer are not matched.

## Example
```python
SBOX = [0x63, 0x7C, 0x77, 0x7B, 0xF2, 0x6B, 0x6F, 0xC5, 0x30, 0x01]
K = [0x428A2F98, 0x71374491, 0xB5C0FBCF, 0xE9B5DBA5]
```

## Use instead
```python
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
ciphertext = AESGCM(key).encrypt(nonce, data, None)
digest = hashlib.sha256(data).digest()
```
JavaScript: WebCrypto `crypto.subtle` or Node `crypto`; Go: `crypto/aes` + `crypto/cipher`,
`crypto/sha256`; Java: JCA `Cipher.getInstance("AES/GCM/NoPadding")`, `MessageDigest`.

## References
- CWE-327: Use of a Broken or Risky Cryptographic Algorithm
- CWE-1240: Use of a Cryptographic Primitive with a Risky Implementation
- OWASP A02:2021 Cryptographic Failures / A04:2025 Cryptographic Failures
"""


from vigilint.analyzers.crypto.implementations import reporter
from vigilint.analyzers.crypto.syntax import CRYPTO_LANGUAGES
from vigilint.model import Rule

RULE = Rule(
    id="VG-CRYPTO-001",
    name="hand-rolled-crypto-constants",
    category="crypto-implementation",
    languages=CRYPTO_LANGUAGES,
    cwe=(327, 1240),
    likelihood="likely",
    impact="critical",
    confidence="high",
    message="These constants belong to a hand-written cipher or hash; use an audited library "
            "(`cryptography`'s `AESGCM`, `hashlib`, WebCrypto, Go `crypto/*`, JCA) instead.",
    check_file=reporter("VG-CRYPTO-001"),
)
