"""## What it does
Flags block-cipher rounds written by hand: Feistel rounds (inside a loop, the two halves of a
block are swapped while one is XORed with a round function of the other: `left, right = right,
left ^ f(right, k)`, or the same with a temporary) and substitution-permutation rounds (the
state XORed with a round key and passed through an S-box or a substitution function in a loop:
`state = permute(substitute(state ^ round_keys[r]))`).

One finding per implementation: the region spans the function or class that implements the primitive (methods of one class, and helpers or inverse functions such as `encrypt`/`decrypt`, are one implementation; a class that also does other things, a CRC or a simulation, is reported over its implementing methods only), each piece of evidence is a related location, and the message names what was recognised and the audited call to use in the file's language. A unit that shows several kinds is reported once, by the rule of its most specific kind (docs of `implementations.py`).

## Why is this bad?
A Feistel network is the skeleton of DES, Blowfish, TEA and countless home-made block ciphers.
A home-made one has no security analysis, and even a correct DES or Blowfish is obsolete (64-bit
blocks, small keys) and comes without a safe mode or authentication.

## Example
```python
for i in range(16):
    left, right = right, left ^ f(right, subkeys[i])
```

## Use instead
```python
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
ciphertext = AESGCM(key).encrypt(nonce, data, None)
```
JavaScript: WebCrypto AES-GCM; Go: `crypto/aes` + `crypto/cipher` GCM; Java:
`Cipher.getInstance("AES/GCM/NoPadding")`.

## References
- CWE-327: Use of a Broken or Risky Cryptographic Algorithm
- CWE-1240: Use of a Cryptographic Primitive with a Risky Implementation
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""


from vigilint.analyzers.crypto.implementations import reporter
from vigilint.analyzers.crypto.syntax import CRYPTO_LANGUAGES
from vigilint.model import Rule

RULE = Rule(
    id="VG-CRYPTO-004",
    name="hand-rolled-feistel-network",
    category="crypto-implementation",
    languages=CRYPTO_LANGUAGES,
    cwe=(327, 1240),
    likelihood="likely",
    impact="critical",
    confidence="high",
    message="This loop is a hand-written Feistel cipher round; use an audited AEAD "
            "(`cryptography`'s `AESGCM`, WebCrypto AES-GCM, Go `crypto/cipher` GCM, JCA "
            "`AES/GCM/NoPadding`).",
    check_file=reporter("VG-CRYPTO-004"),
)
