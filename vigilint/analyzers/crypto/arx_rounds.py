"""## What it does
Flags functions built from rotate-and-add rounds: two or more bit rotations
(`(x << n) | (x >> (32 - n))`, `rotl(x, n)`, `bits.RotateLeft32`, `Integer.rotateLeft`, or a
call of any one-line helper of the file that rotates, `circ(x, 7)`) together with additions,
inside a loop or unrolled; the function that runs such a round again and again (a block
function calling the quarter round) is part of the implementation. That is the shape of hand-written ChaCha, Salsa,
TEA/XTEA, MD5, SHA-1 and SHA-2 compression functions. Functions named for non-cryptographic
hashing (`__hash__`, `hashCode`, MurmurHash, FNV, xxHash) or holding their constants are not
reported.

One finding per implementation: the region spans the function or class that implements the primitive (methods of one class, and helpers or inverse functions such as `encrypt`/`decrypt`, are one implementation; a class that also does other things, a CRC or a simulation, is reported over its implementing methods only), each piece of evidence is a related location, and the message names what was recognised and the audited call to use in the file's language. A unit that shows several kinds is reported once, by the rule of its most specific kind (docs of `implementations.py`).

## Why is this bad?
A hand-written round function is almost never checked against test vectors, is rarely constant
time, and is usually wrapped in a home-made mode without authentication. Audited
implementations exist in every language.

## Example
```python
def quarter_round(a, b, c, d):
    a = (a + b) & 0xFFFFFFFF; d = rotl(d ^ a, 16)
    c = (c + d) & 0xFFFFFFFF; b = rotl(b ^ c, 12)
    ...
```

## Use instead
```python
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
ciphertext = ChaCha20Poly1305(key).encrypt(nonce, data, None)
```
Hashes: `hashlib.sha256`; JavaScript: `crypto.createHash` / WebCrypto; Go: `crypto/sha256`,
`golang.org/x/crypto/chacha20poly1305`; Java: `MessageDigest`, JCA `ChaCha20-Poly1305`.

## References
- CWE-327: Use of a Broken or Risky Cryptographic Algorithm
- CWE-1240: Use of a Cryptographic Primitive with a Risky Implementation
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""


from vigilint.analyzers.crypto.implementations import reporter
from vigilint.analyzers.crypto.syntax import CRYPTO_LANGUAGES
from vigilint.model import Rule

RULE = Rule(
    id="VG-CRYPTO-003",
    name="hand-rolled-arx-rounds",
    category="crypto-implementation",
    languages=CRYPTO_LANGUAGES,
    cwe=(327, 1240),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="This function is a hand-written rotate-and-add round (ChaCha/SHA/MD5/TEA style); "
            "use an audited primitive (`hashlib`, `cryptography`'s `ChaCha20Poly1305`, WebCrypto, "
            "Go `crypto/*`, JCA).",
    check_file=reporter("VG-CRYPTO-003"),
)
